package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.schema.generated.datastore.Tables.RECORDS;
import static org.hearth.schema.generated.datastore.Tables.RECORD_VERSIONS;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.hearth.kernel.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Records in a personal data store over the API: history, concurrency, limits, attachments, encryption binding. */
class PersonalDataStoreIT {

    private static Platform platform;
    private static Http http;
    private static String token;
    private static String auth;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of("HEARTH_MAX_RECORD_BYTES", "2048", "HEARTH_MAX_ATTACHMENT_BYTES", "4096"));
        http = new Http(platform.port());
        token = TestPlatform.individual(http, "owner@example.org", "my own data store");
        auth = Http.bearer(token);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    static String record(String title, String category, String data) {
        return "{\"schema\":\"hearth:note/v1\",\"category\":\"" + category + "\",\"title\":\"" + title + "\",\"data\":" + data + "}";
    }

    private static JsonObject create(String title, String category, String data) {
        HttpResponse<String> created = http.postJson("/api/v1/me/records", record(title, category, data), "Authorization", auth);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created);
    }

    @Test
    @DisplayName("A record is created at version 1, read back decrypted, and listed by category")
    void createReadList() {
        JsonObject home = create("Home", "dpv-pd:Address", "{\"city\":\"Dundee\"}");
        create("Bank", "dpv-pd:FinancialAccount", "{\"iban\":\"GB00\"}");
        assertThat(home.getInteger("version")).isEqualTo(1);
        assertThat(home.getJsonObject("provenance").getString("kind")).isEqualTo("self");
        HttpResponse<String> read = http.get("/api/v1/me/records/" + home.getString("id"), "Authorization", auth);
        assertThat(read.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(Http.json(read).getJsonObject("data").getString("city")).isEqualTo("Dundee");
        JsonObject addresses = Http.json(http.get("/api/v1/me/records?category=dpv-pd:Address", "Authorization", auth));
        assertThat(addresses.getJsonArray("items").stream().map(o -> ((JsonObject) o).getString("category"))).containsOnly("dpv-pd:Address");
    }

    @Test
    @DisplayName("Pages follow the cursor until the last one says there is no next page")
    void cursorPagination() {
        for (int i = 0; i < 5; i++) {
            create("Page " + i, "dpv-pd:Preference", "{\"n\":" + i + "}");
        }
        JsonObject first = Http.json(http.get("/api/v1/me/records?category=dpv-pd:Preference&limit=3", "Authorization", auth));
        assertThat(first.getJsonArray("items")).hasSize(3);
        JsonObject second = Http.json(http.get("/api/v1/me/records?category=dpv-pd:Preference&limit=3&after=" + first.getString("nextCursor"),
                "Authorization", auth));
        assertThat(second.getJsonArray("items")).hasSize(2);
        assertThat(second.getString("nextCursor")).isNull();
        assertThat(http.get("/api/v1/me/records?limit=0", "Authorization", auth).statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("An update with a stale If-Match gets 412 and changes nothing; without If-Match 428; history keeps every version")
    void optimisticConcurrency() {
        String id = create("Phone", "dpv-pd:Contact", "{\"tel\":\"1\"}").getString("id");
        String path = "/api/v1/me/records/" + id;
        HttpResponse<String> updated = http.putJson(path, record("Phone", "dpv-pd:Contact", "{\"tel\":\"2\"}"), "Authorization", auth, "If-Match", "\"1\"");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.headers().firstValue("ETag")).hasValue("\"2\"");
        HttpResponse<String> stale = http.putJson(path, record("Phone", "dpv-pd:Contact", "{\"tel\":\"3\"}"), "Authorization", auth, "If-Match", "\"1\"");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(Http.json(stale).getString("code")).isEqualTo("precondition_failed");
        assertThat(http.putJson(path, record("Phone", "dpv-pd:Contact", "{\"tel\":\"4\"}"), "Authorization", auth).statusCode()).isEqualTo(428);
        JsonObject now = Http.json(http.get(path, "Authorization", auth));
        assertThat(now.getInteger("version")).isEqualTo(2);
        assertThat(now.getJsonObject("data").getString("tel")).isEqualTo("2");
        JsonObject versions = Http.json(http.get(path + "/versions", "Authorization", auth));
        assertThat(versions.getJsonArray("items")).extracting(o -> ((JsonObject) o).getJsonObject("data").getString("tel")).containsExactly("1", "2");
    }

    @Test
    @DisplayName("A record over the size limit gets 413 and nothing is stored")
    void oversizeRecord() {
        int before = TestDatabase.get().count(RECORDS);
        String big = "{\"text\":\"" + "x".repeat(3000) + "\"}";
        HttpResponse<String> response = http.postJson("/api/v1/me/records", record("Big", "dpv-pd:Preference", big), "Authorization", auth);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Http.json(response).getString("code")).isEqualTo("payload_too_large");
        assertThat(TestDatabase.get().count(RECORDS)).isEqualTo(before);
    }

    @Test
    @DisplayName("An attachment round-trips byte for byte; one over the limit gets 413 and the old one stays")
    void attachments() {
        String id = create("Passport", "dpv-pd:OfficialID", "{}").getString("id");
        String path = "/api/v1/me/records/" + id + "/attachment";
        byte[] scan = "%PDF-1.7 a scan".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> put = http.put(path, "application/pdf", scan, "Authorization", auth, "Content-Disposition", "attachment; filename=\"passport.pdf\"");
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(Http.json(put).getString("filename")).isEqualTo("passport.pdf");
        HttpResponse<byte[]> got = http.getBytes(path, "Authorization", auth);
        assertThat(got.body()).isEqualTo(scan);
        assertThat(got.headers().firstValue("Content-Type")).hasValue("application/pdf");
        HttpResponse<String> tooBig = http.put(path, "application/pdf", new byte[5000], "Authorization", auth);
        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(http.getBytes(path, "Authorization", auth).body()).isEqualTo(scan);
        assertThat(http.get("/api/v1/me/records/" + create("No file", "dpv-pd:OfficialID", "{}").getString("id") + "/attachment",
                "Authorization", auth).statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("Another individual's record answers 404, as if it did not exist")
    void othersRecordsAreInvisible() {
        String id = create("Mine", "dpv-pd:Address", "{}").getString("id");
        String other = Http.bearer(TestPlatform.individual(http, "other@example.org", "someone else entirely"));
        assertThat(http.get("/api/v1/me/records/" + id, "Authorization", other).statusCode()).isEqualTo(404);
        assertThat(http.delete("/api/v1/me/records/" + id, "Authorization", other).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/me/records/" + id, "Authorization", auth).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("A ciphertext moved to another record does not decrypt: the read fails its integrity check instead of leaking")
    void ciphertextIsBoundToItsRecord() {
        String secret = create("Secret", "dpv-pd:HealthRecord", "{\"diagnosis\":\"moved-ciphertext-marker\"}").getString("id");
        String victim = create("Victim", "dpv-pd:HealthRecord", "{}").getString("id");
        TestDatabase.get().db().write(org.hearth.kernel.actor.CallContext.system("test.move"), dsl -> {
            byte[] stolen = dsl.select(RECORD_VERSIONS.DATA_CT).from(RECORD_VERSIONS)
                    .where(RECORD_VERSIONS.RECORD_ID.eq(java.util.UUID.fromString(secret))).fetchOne(RECORD_VERSIONS.DATA_CT);
            dsl.update(RECORD_VERSIONS).set(RECORD_VERSIONS.DATA_CT, stolen)
                    .where(RECORD_VERSIONS.RECORD_ID.eq(java.util.UUID.fromString(victim))).execute();
            return null;
        });
        HttpResponse<String> read = http.get("/api/v1/me/records/" + victim, "Authorization", auth);
        assertThat(read.statusCode()).isEqualTo(500);
        assertThat(Http.json(read).getString("code")).isEqualTo("data_integrity");
        assertThat(read.body()).doesNotContain("moved-ciphertext-marker");
        assertThat(http.delete("/api/v1/me/records/" + victim, "Authorization", auth).statusCode()).isEqualTo(204);
    }
}
