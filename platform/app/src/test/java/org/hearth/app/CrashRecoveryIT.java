package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
        Process first = start(dir, port);
        try {
            Http http = new Http(port);
            awaitReady(http);
            var created = http.postJson("/api/v1/accounts", "{\"email\":\"crash@example.org\",\"password\":\"survives a crash\"}");
            assertThat(created.statusCode()).isEqualTo(201);
        } finally {
            first.destroyForcibly();
            first.waitFor(30, TimeUnit.SECONDS);
        }
        Process second = start(dir, port);
        try {
            Http http = new Http(port);
            awaitReady(http);
            var token = http.postJson("/api/v1/me/tokens", "{}", "Authorization", Http.basic("crash@example.org", "survives a crash"));
            assertThat(token.statusCode()).isEqualTo(201);
        } finally {
            second.destroy();
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).as("a graceful stop").isTrue();
        }
    }

    private static Process start(Path dir, int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
                Path.of("target/hearth.jar").toAbsolutePath().toString()))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("hearth-" + System.nanoTime() + ".log").toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("HEARTH_"));
        builder.environment().put("HEARTH_DATA", dir.resolve("data").toString());
        builder.environment().put("HEARTH_HTTP_PORT", String.valueOf(port));
        builder.environment().put("HEARTH_HTTP_INSTANCES", "2");
        return builder.start();
    }

    private static void awaitReady(Http http) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.get("/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IllegalStateException notYetListening) {
                // connection refused while starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the server did not become ready");
    }
}
