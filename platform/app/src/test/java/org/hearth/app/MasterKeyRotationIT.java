package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rotate-master-key with generated secrets: a new master key, every data key re-wrapped, the old key retired. */
class MasterKeyRotationIT {

    @Test
    @DisplayName("After a rotation the records still open, the old master key is retired, and no record was re-encrypted")
    void rotation(@TempDir Path dataDir) throws Exception {
        String recordId;
        byte[] ciphertextBefore;
        try (Platform first = Platform.start(TestPlatform.config(Optional.empty(), dataDir, Optional.empty()))) {
            Http http = new Http(first.port());
            String auth = Http.bearer(TestPlatform.individual(http, "rotate@example.org", "keys come and go"));
            recordId = Http.json(http.postJson("/api/v1/me/records", PersonalDataStoreIT.record("Kept", "dpv-pd:Address", "{\"city\":\"Bath\"}"),
                    "Authorization", auth)).getString("id");
            ciphertextBefore = ciphertext(first, recordId);
        }
        String oldKey = Files.readString(dataDir.resolve("secrets/master.key"));
        String report = MasterKeyRotation.rotate(TestPlatform.config(Optional.empty(), dataDir, Optional.empty()));
        assertThat(report).contains("Re-wrapped 1 data keys").contains("No data key needs a retired master key");
        assertThat(Files.readString(dataDir.resolve("secrets/master.key"))).isNotEqualTo(oldKey);
        assertThat(dataDir.resolve("secrets/retired-master-keys")).doesNotExist();

        try (Platform after = Platform.start(TestPlatform.config(Optional.empty(), dataDir, Optional.empty()))) {
            Http http = new Http(after.port());
            String auth = Http.bearer(Http.json(http.postJson("/api/v1/me/tokens", "{}", "Authorization",
                    Http.basic("rotate@example.org", "keys come and go"))).getString("token"));
            assertThat(Http.json(http.get("/api/v1/me/records/" + recordId, "Authorization", auth)).getJsonObject("data").getString("city"))
                    .isEqualTo("Bath");
            assertThat(ciphertext(after, recordId)).isEqualTo(ciphertextBefore);
        }
    }

    @Test
    @DisplayName("Without the master key that wrapped them, data keys do not open: records fail closed")
    void wrongMasterKeyFailsClosed(@TempDir Path dataDir) {
        String key1 = java.util.Base64.getEncoder().encodeToString(new byte[32]);
        byte[] other = new byte[32];
        other[31] = 7;
        String key2 = java.util.Base64.getEncoder().encodeToString(other);
        String recordId;
        try (Platform first = Platform.start(TestPlatform.config(Optional.empty(), dataDir, Optional.empty(), Map.of("HEARTH_MASTER_KEY", key1)))) {
            Http http = new Http(first.port());
            String auth = Http.bearer(TestPlatform.individual(http, "closed@example.org", "fail closed please"));
            recordId = Http.json(http.postJson("/api/v1/me/records", PersonalDataStoreIT.record("X", "dpv-pd:Address", "{}"),
                    "Authorization", auth)).getString("id");
        }
        try (Platform second = Platform.start(TestPlatform.config(Optional.empty(), dataDir, Optional.empty(), Map.of("HEARTH_MASTER_KEY", key2)))) {
            Http http = new Http(second.port());
            String auth = Http.bearer(Http.json(http.postJson("/api/v1/me/tokens", "{}", "Authorization",
                    Http.basic("closed@example.org", "fail closed please"))).getString("token"));
            assertThat(http.get("/api/v1/me/records/" + recordId, "Authorization", auth).statusCode()).isEqualTo(500);
        }
        try (Platform third = Platform.start(TestPlatform.config(Optional.empty(), dataDir, Optional.empty(),
                Map.of("HEARTH_MASTER_KEY", key2, "HEARTH_RETIRED_MASTER_KEYS", key1)))) {
            Http http = new Http(third.port());
            String auth = Http.bearer(Http.json(http.postJson("/api/v1/me/tokens", "{}", "Authorization",
                    Http.basic("closed@example.org", "fail closed please"))).getString("token"));
            assertThat(http.get("/api/v1/me/records/" + recordId, "Authorization", auth).statusCode()).isEqualTo(200);
        }
    }

    private static byte[] ciphertext(Platform platform, String recordId) {
        return platform.db().read("test.ct", dsl -> dsl.select(org.hearth.schema.generated.datastore.Tables.RECORD_VERSIONS.DATA_CT)
                .from(org.hearth.schema.generated.datastore.Tables.RECORD_VERSIONS)
                .where(org.hearth.schema.generated.datastore.Tables.RECORD_VERSIONS.RECORD_ID.eq(java.util.UUID.fromString(recordId)))
                .fetchOne(0, byte[].class));
    }
}
