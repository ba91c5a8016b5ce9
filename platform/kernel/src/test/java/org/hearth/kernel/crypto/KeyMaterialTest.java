package org.hearth.kernel.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.hearth.kernel.config.ConfigException;
import org.hearth.kernel.config.ConfigLoader;
import org.hearth.kernel.config.HearthConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyMaterialTest {

    @Test
    void aFirstRunGeneratesOwnerOnlySecretsThatLaterRunsReuse(@TempDir Path dir) throws Exception {
        HearthConfig config = ConfigLoader.load(Map.of("HEARTH_DATA", dir.toString()));
        KeyMaterial first = KeyMaterial.load(config, () -> "{\"jwk\":1}");
        Path master = dir.resolve("secrets/master.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(master))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("secrets")))).isEqualTo("rwx------");
        KeyMaterial second = KeyMaterial.load(config, () -> "{\"jwk\":2}");
        assertThat(second.masterKey().id()).isEqualTo(first.masterKey().id());
        assertThat(second.jwtSigningJwk()).isEqualTo("{\"jwk\":1}");
    }

    @Test
    void configuredSecretsWinAndAreNotWrittenToDisk(@TempDir Path dir) {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        HearthConfig config = ConfigLoader.load(Map.of("HEARTH_DATA", dir.toString(), "HEARTH_MASTER_KEY", key,
                "HEARTH_LOOKUP_KEY", key, "HEARTH_JWT_SIGNING_KEY", "{\"configured\":true}"));
        KeyMaterial keys = KeyMaterial.load(config, () -> "{}");
        assertThat(keys.jwtSigningJwk()).isEqualTo("{\"configured\":true}");
        assertThat(Files.exists(dir.resolve("secrets/master.key"))).isFalse();
    }

    @Test
    void aMasterKeyOfTheWrongSizeIsRefusedWithTheVariableNamed(@TempDir Path dir) {
        HearthConfig config = ConfigLoader.load(Map.of("HEARTH_DATA", dir.toString(),
                "HEARTH_MASTER_KEY", Base64.getEncoder().encodeToString(new byte[16])));
        assertThatThrownBy(() -> KeyMaterial.load(config, () -> "{}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("HEARTH_MASTER_KEY").hasMessageContaining("32 bytes");
    }

    @Test
    void lookupDigestsDependOnKeyAndPurpose() {
        LookupKey a = LookupKey.fromBase64("K", Base64.getEncoder().encodeToString(new byte[32]));
        byte[] other = new byte[32];
        other[0] = 1;
        LookupKey b = LookupKey.fromBase64("K", Base64.getEncoder().encodeToString(other));
        assertThat(a.digest("email", "a@b.org")).isEqualTo(a.digest("email", "a@b.org"));
        assertThat(a.digest("email", "a@b.org")).isNotEqualTo(b.digest("email", "a@b.org"));
        assertThat(a.digest("email", "a@b.org")).isNotEqualTo(a.digest("phone", "a@b.org"));
    }
}
