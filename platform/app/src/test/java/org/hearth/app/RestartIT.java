package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.hearth.kernel.config.HearthConfig;
import org.hearth.kernel.db.DataDirectoryInUseException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default, embedded setup: data and secrets stay in the data directory across restarts. */
class RestartIT {

    @Test
    @DisplayName("Stopping and starting on the same data directory keeps accounts, and their passwords still work")
    void dataSurvivesARestart(@TempDir Path dataDir) {
        String account;
        try (Platform first = Platform.start(TestPlatform.config(Optional.empty(), dataDir, Optional.empty()))) {
            Http http = new Http(first.port());
            var created = http.postJson("/api/v1/accounts", "{\"email\":\"keep@example.org\",\"password\":\"kept across restarts\"}");
            assertThat(created.statusCode()).isEqualTo(201);
            account = Http.json(created).getString("id");
        }
        try (Platform second = Platform.start(TestPlatform.config(Optional.empty(), dataDir, Optional.empty()))) {
            Http http = new Http(second.port());
            assertThat(http.get("/health/ready").statusCode()).isEqualTo(200);
            var token = http.postJson("/api/v1/me/tokens", "{}", "Authorization", Http.basic("keep@example.org", "kept across restarts"));
            assertThat(token.statusCode()).isEqualTo(201);
            var me = http.get("/api/v1/me", "Authorization", Http.bearer(Http.json(token).getString("token")));
            assertThat(Http.json(me).getString("id")).isEqualTo(account);
        }
    }

    @Test
    @DisplayName("A second instance on a data directory in use stops with a clear message and leaves the first running")
    void secondInstanceIsRefused(@TempDir Path dataDir) {
        try (Platform first = Platform.start(TestPlatform.config(Optional.empty(), dataDir, Optional.empty()))) {
            HearthConfig again = TestPlatform.config(Optional.empty(), dataDir, Optional.empty());
            assertThatThrownBy(() -> Platform.start(again))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("Another Hearth instance")
                    .hasMessageContaining(dataDir.toString());
            assertThat(new Http(first.port()).get("/health/ready").statusCode()).isEqualTo(200);
        }
    }
}
