package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing acknowledged is lost when the process is killed outright, and the next start recovers by itself. */
class CrashRecoveryIT {

    @Test
    @DisplayName("After kill -9, the next start recovers the embedded database and the acknowledged account is there")
    void killedProcessLosesNothingAcknowledged(@TempDir Path dir) throws Exception {
        int port = TestPlatform.freePort();
        Process first = ServerProcess.start(dir, port, Map.of("HEARTH_HTTP_INSTANCES", "2"));
        try {
            Http http = new Http(port);
            ServerProcess.awaitReady(http);
            var created = http.postJson("/api/v1/accounts", "{\"email\":\"crash@example.org\",\"password\":\"survives a crash\"}");
            assertThat(created.statusCode()).isEqualTo(201);
        } finally {
            first.destroyForcibly();
            first.waitFor(30, TimeUnit.SECONDS);
        }
        Process second = ServerProcess.start(dir, port, Map.of("HEARTH_HTTP_INSTANCES", "2"));
        try {
            Http http = new Http(port);
            ServerProcess.awaitReady(http);
            var token = http.postJson("/api/v1/me/tokens", "{}", "Authorization", Http.basic("crash@example.org", "survives a crash"));
            assertThat(token.statusCode()).isEqualTo(201);
        } finally {
            second.destroy();
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).as("a graceful stop").isTrue();
        }
    }
}
