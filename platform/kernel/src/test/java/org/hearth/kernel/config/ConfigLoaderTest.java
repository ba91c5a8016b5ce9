package org.hearth.kernel.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @Test
    void defaultsRunOnPort8080WithEmbeddedDataInTheWorkingDirectory() {
        HearthConfig config = ConfigLoader.load(Map.of());
        assertThat(config.httpPort()).isEqualTo(8080);
        assertThat(config.httpHost()).as("only this machine, unless a host is configured").isEqualTo("127.0.0.1");
        assertThat(config.publicBaseUrl()).isEqualTo("http://localhost:8080");
        assertThat(config.dataDir()).isEqualTo(Path.of("data").toAbsolutePath().normalize());
        assertThat(config.externalDatabase()).isEmpty();
        assertThat(config.accessTokenTtl()).isEqualTo(Duration.ofMinutes(15));
        assertThat(config.secureCookies()).isFalse();
        assertThat(config.loginLock()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theLoginLockIsAPositiveDuration() {
        assertThat(ConfigLoader.load(Map.of("HEARTH_LOGIN_LOCK", "PT30S")).loginLock()).isEqualTo(Duration.ofSeconds(30));
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("HEARTH_LOGIN_LOCK", "15")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("HEARTH_LOGIN_LOCK");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("HEARTH_LOGIN_LOCK", "PT0S")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("HEARTH_LOGIN_LOCK");
    }

    @Test
    void environmentOverridesTheFileWhichOverridesDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hearth.properties");
        Files.writeString(file, "HEARTH_HTTP_PORT=9000\nHEARTH_DATA=/srv/hearth\nHEARTH_DB_POOL_SIZE=4\n");
        HearthConfig config = ConfigLoader.load(Map.of("HEARTH_CONFIG", file.toString(), "HEARTH_HTTP_PORT", "9100"));
        assertThat(config.httpPort()).isEqualTo(9100);
        assertThat(config.dataDir()).isEqualTo(Path.of("/srv/hearth"));
        assertThat(config.dbPoolSize()).isEqualTo(4);
        assertThat(config.publicBaseUrl()).isEqualTo("http://localhost:9100");
    }

    @Test
    void anExternalDatabaseIsUsedWhenAUrlIsGiven() {
        HearthConfig config = ConfigLoader.load(Map.of("HEARTH_DB_URL", "jdbc:postgresql://db:5432/hearth",
                "HEARTH_DB_USER", "app", "HEARTH_DB_PASSWORD", "s3cret"));
        assertThat(config.externalDatabase()).hasValueSatisfying(db -> {
            assertThat(db.url()).isEqualTo("jdbc:postgresql://db:5432/hearth");
            assertThat(db.user()).isEqualTo("app");
        });
        assertThat(config.toString()).doesNotContain("s3cret");
    }

    @Test
    void idempotencyKeysAreKeptForADayUnlessConfigured() {
        assertThat(ConfigLoader.load(Map.of()).idempotencyTtl()).isEqualTo(Duration.ofHours(24));
        assertThat(ConfigLoader.load(Map.of("HEARTH_IDEMPOTENCY_TTL", "PT2H")).idempotencyTtl()).isEqualTo(Duration.ofHours(2));
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("HEARTH_IDEMPOTENCY_TTL", "a day")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("HEARTH_IDEMPOTENCY_TTL");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("HEARTH_IDEMPOTENCY_TTL", "PT0S")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("HEARTH_IDEMPOTENCY_TTL");
    }

    @Test
    void badValuesAreRefusedWithTheVariableNamed() {
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("HEARTH_HTTP_PORT", "eighty")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("HEARTH_HTTP_PORT");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("HEARTH_DB_URL", "mysql://x")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("HEARTH_DB_URL");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("HEARTH_ACCESS_TOKEN_TTL", "15 minutes")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("HEARTH_ACCESS_TOKEN_TTL");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("HEARTH_CONFIG", "/no/such/file")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("HEARTH_CONFIG");
    }

    @Test
    void anHttpsPublicUrlTurnsSecureCookiesOn() {
        assertThat(ConfigLoader.load(Map.of("HEARTH_PUBLIC_URL", "https://hearth.example.org/")).secureCookies()).isTrue();
        assertThat(ConfigLoader.load(Map.of("HEARTH_PUBLIC_URL", "https://hearth.example.org/")).publicBaseUrl())
                .isEqualTo("https://hearth.example.org");
    }

    @Test
    void trustedHearthsAreHttpsAddressesOrLocalhost() {
        assertThat(ConfigLoader.load(Map.of()).trustedHearths()).isEmpty();
        assertThat(ConfigLoader.load(Map.of("HEARTH_TRUSTED_HEARTHS", " https://hearth.example/ , http://localhost:8080")).trustedHearths())
                .containsExactly("https://hearth.example", "http://localhost:8080");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("HEARTH_TRUSTED_HEARTHS", "http://hearth.example")))
                .as("keys fetched in clear could be swapped").isInstanceOf(ConfigException.class).hasMessageContaining("HEARTH_TRUSTED_HEARTHS");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("HEARTH_TRUSTED_HEARTHS", "https://hearth.example/path?x=1")))
                .isInstanceOf(ConfigException.class);
    }
}
