package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.schema.generated.datastore.Tables.ACCESS_LOG;
import static org.hearth.schema.generated.datastore.Tables.INDIVIDUALS;
import static org.hearth.schema.generated.datastore.Tables.RECORDS;
import static org.hearth.schema.generated.keys.Tables.DATA_KEYS;
import static org.hearth.schema.generated.platform.Tables.OUTBOX_EVENTS;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.kernel.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Encryption at rest, the access log, break-glass, portability and erasure, seen from outside. */
class PrivacyIT {

    private static Platform platform;
    private static Http http;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of("HEARTH_MAX_ARCHIVE_BYTES", String.valueOf(1024 * 1024)));
        http = new Http(platform.port());
        platform.modules().staff().add("op@hearth.example", "operator password 1", Set.of("operator"));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    @DisplayName("A marker the owner writes (record, title, file, token name, export and import) appears in no row, no database file (heap or WAL) and no log")
    void markerIsNowhereInClear() {
        String marker = "ZEBRA-" + UUID.randomUUID();
        String logs;
        try (Plaintext.Logs captured = new Plaintext.Logs()) {
            String auth = Http.bearer(TestPlatform.individual(http, marker.toLowerCase() + "@example.org", "marker account password"));
            HttpResponse<String> created = http.postJson("/api/v1/me/records",
                    PersonalDataStoreIT.record(marker, "dpv-pd:HealthRecord", "{\"note\":\"" + marker + "\"}"), "Authorization", auth);
            String id = Http.json(created).getString("id");
            http.put("/api/v1/me/records/" + id + "/attachment", "text/plain", marker.getBytes(StandardCharsets.UTF_8), "Authorization", auth,
                    "Content-Disposition", "attachment; filename=\"" + marker + ".txt\"");
            http.postJson("/api/v1/me/records", "{\"broken\": \"" + marker, "Authorization", auth);
            assertThat(Http.json(http.get("/api/v1/me/records/" + id, "Authorization", auth)).getString("title")).isEqualTo(marker);
            assertThat(http.postJson("/api/v1/me/tokens", "{\"name\":\"" + marker + "\"}", "Authorization",
                    Http.basic(marker.toLowerCase() + "@example.org", "marker account password")).statusCode()).isEqualTo(201);
            assertThat(http.get("/api/v1/me/tokens", "Authorization", auth).body()).contains(marker);
            byte[] archive = http.getBytes("/api/v1/me/export", "Authorization", auth).body();
            assertThat(http.postBytes("/api/v1/accounts/import", "application/zip", archive,
                    "Authorization", Http.basic("imported-" + marker.toLowerCase() + "@example.org", "marker import password")).statusCode()).isEqualTo(201);
            logs = captured.text();
        }
        assertNowhere(marker, logs);
    }

    @Test
    @DisplayName("A marker an organisation delivers (title, data, Idempotency-Key), replayed and refused, appears in no row, no database file and no log")
    void deliveredMarkerIsNowhereInClear() {
        String marker = "QUAGGA-" + UUID.randomUUID();
        // The organisation's own words, not personal data, kept in clear: proof the scan finds what is there.
        String control = "CONTROL-" + UUID.randomUUID();
        String logs;
        try (Plaintext.Logs captured = new Plaintext.Logs()) {
            String tenant = Tenants.register(http, "Marker Utilities");
            String individual = Http.bearer(TestPlatform.individual(http, "delivered-marker@example.org", "delivered marker password"));
            String path = "/api/v1/tenant/agreements/" + Tenants.agreement(http, tenant, individual, "[\"deliver\"]", control) + "/records";
            String bill = "{\"schema\":\"hearth:bill/v1\",\"category\":\"dpv-pd:Utility\",\"title\":\"" + marker + "\","
                    + "\"data\":{\"holder\":\"" + marker + "\"},\"verified\":true}";
            HttpResponse<String> first = http.postJson(path, bill, "Authorization", tenant, "Idempotency-Key", marker);
            assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
            HttpResponse<String> replay = http.postJson(path, bill, "Authorization", tenant, "Idempotency-Key", marker);
            assertThat(replay.body()).isEqualTo(first.body()).contains(marker);
            http.postJson(path, bill.replace("dpv-pd:Utility", "dpv-pd:HealthRecord"), "Authorization", tenant, "Idempotency-Key", marker + "-2");
            http.postJson(path, "{\"title\": \"" + marker, "Authorization", tenant, "Idempotency-Key", marker + "-3");
            assertThat(Http.json(http.get("/api/v1/me/records", "Authorization", individual)).getJsonArray("items").getJsonObject(0)
                    .getString("title")).isEqualTo(marker);
            logs = captured.text();
        }
        assertNowhere(marker, logs);
        assertThat(Plaintext.filesContaining(Plaintext.dataDirectory(), control)).as("the scan finds text kept in clear, in heap files and in the WAL")
                .anyMatch(file -> file.startsWith("base")).anyMatch(file -> file.startsWith("pg_wal"));
    }

    @Test
    @DisplayName("A marker in an operator's emergency-access reason is shown to the owner, yet appears in no row, no database file and no log")
    void emergencyReasonIsNowhereInClear() {
        String marker = "OKAPI-" + UUID.randomUUID();
        String logs;
        try (Plaintext.Logs captured = new Plaintext.Logs()) {
            String auth = Http.bearer(TestPlatform.individual(http, "glass-marker@example.org", "break glass marker"));
            String owner = Http.json(http.get("/api/v1/me", "Authorization", auth)).getString("id");
            Http operator = new Http(platform.port());
            operator.login("/staff/login", "op@hearth.example", "operator password 1");
            String csrf = Http.csrfToken(operator.get("/staff", "Accept", "text/html"));
            HttpResponse<String> opened = operator.postJson("/api/v1/operator/individuals/" + owner + "/emergency-access",
                    "{\"reason\":\"Court order for " + marker + "\"}", "pac4jCsrfToken", csrf);
            assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
            JsonObject entry = Http.json(http.get("/api/v1/me/access-log", "Authorization", auth)).getJsonArray("items").getJsonObject(0);
            assertThat(entry.getString("reason")).isEqualTo("Court order for " + marker);
            assertThat(Http.json(http.get("/api/v1/me/access-log/verification", "Authorization", auth)).getBoolean("intact")).isTrue();
            logs = captured.text();
        }
        assertNowhere(marker, logs);
    }

    /** The marker is in no column of any row, in no file of the database's data directory (heap, WAL) and not in the logs. */
    private static void assertNowhere(String marker, String logs) {
        assertThat(logs).doesNotContainIgnoringCase(marker);
        assertThat(Plaintext.tablesContaining(marker)).as("tables holding the marker").isEmpty();
        Path dataDir = Plaintext.dataDirectory();
        Assumptions.assumeTrue(Files.isDirectory(dataDir), "the tests' PostgreSQL keeps its files on this machine");
        assertThat(Plaintext.walBytes(dataDir)).as("WAL scanned").isPositive();
        assertThat(Plaintext.filesContaining(dataDir, marker)).as("files of " + dataDir + " holding the marker").isEmpty();
    }

    @Test
    @DisplayName("An operator's emergency access is logged with its reason before the data is returned, and the owner sees it")
    void emergencyAccessIsVisibleToTheOwner() {
        String auth = Http.bearer(TestPlatform.individual(http, "glass@example.org", "break glass carefully"));
        String id = Http.json(http.postJson("/api/v1/me/records", PersonalDataStoreIT.record("Allergy", "dpv-pd:HealthRecord", "{\"to\":\"nuts\"}"),
                "Authorization", auth)).getString("id");
        String owner = Http.json(http.get("/api/v1/me", "Authorization", auth)).getString("id");
        Http operator = new Http(platform.port());
        operator.login("/staff/login", "op@hearth.example", "operator password 1");
        String csrf = Http.csrfToken(operator.get("/staff", "Accept", "text/html"));
        String path = "/api/v1/operator/individuals/" + owner + "/emergency-access";
        assertThat(operator.postJson(path, "{\"reason\":\"too short\"}", "pac4jCsrfToken", csrf).statusCode()).isEqualTo(400);
        HttpResponse<String> opened = operator.postJson(path, "{\"reason\":\"Court order 2026/117, case officer J. Smith\"}", "pac4jCsrfToken", csrf);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).contains("nuts");
        assertThat(http.postJson(path, "{\"reason\":\"an individual cannot do this at all\"}", "Authorization", auth).statusCode()).isEqualTo(403);

        JsonObject entry = Http.json(http.get("/api/v1/me/access-log", "Authorization", auth)).getJsonArray("items").getJsonObject(0);
        assertThat(entry.getString("action")).isEqualTo("emergency_access");
        assertThat(entry.getJsonObject("actor").getString("kind")).isEqualTo("operator");
        assertThat(entry.getString("reason")).contains("Court order 2026/117");
        assertThat(entry.getJsonArray("recordIds").getList()).contains(id);
    }

    @Test
    @DisplayName("The access log verifies intact, and an entry altered in the database makes verification fail")
    void accessLogTamperingIsDetected() {
        String auth = Http.bearer(TestPlatform.individual(http, "chain@example.org", "hash chains hold"));
        for (int i = 0; i < 3; i++) {
            assertThat(http.getBytes("/api/v1/me/export", "Authorization", auth).statusCode()).isEqualTo(200);
        }
        JsonObject ok = Http.json(http.get("/api/v1/me/access-log/verification", "Authorization", auth));
        assertThat(ok.getBoolean("intact")).isTrue();
        assertThat(ok.getInteger("entries")).isEqualTo(3);
        JsonObject newest = Http.json(http.get("/api/v1/me/access-log", "Authorization", auth)).getJsonArray("items").getJsonObject(0);
        assertThat(ok.getJsonObject("head").getString("hash")).as("the head an owner can keep").isEqualTo(newest.getString("hash")).hasSize(64);
        UUID owner = UUID.fromString(Http.json(http.get("/api/v1/me", "Authorization", auth)).getString("id"));
        TestDatabase.get().db().write(org.hearth.kernel.actor.CallContext.system("test.tamper"), dsl -> dsl.update(ACCESS_LOG).set(ACCESS_LOG.REASON, "nothing to see here")
                .where(ACCESS_LOG.INDIVIDUAL_ID.eq(owner).and(ACCESS_LOG.SEQ.eq(2L))).execute());
        JsonObject broken = Http.json(http.get("/api/v1/me/access-log/verification", "Authorization", auth));
        assertThat(broken.getBoolean("intact")).isFalse();
        assertThat(broken.getLong("firstBrokenSeq")).isEqualTo(2L);
    }

    @Test
    @DisplayName("An export imports into a new account with the same records; a tampered archive is refused whole")
    void exportThenImport() throws Exception {
        String auth = Http.bearer(TestPlatform.individual(http, "mover@example.org", "moving operators"));
        String id = Http.json(http.postJson("/api/v1/me/records", PersonalDataStoreIT.record("Flat", "dpv-pd:Address", "{\"city\":\"Leeds\"}"),
                "Authorization", auth)).getString("id");
        http.putJson("/api/v1/me/records/" + id, PersonalDataStoreIT.record("Flat", "dpv-pd:Address", "{\"city\":\"York\"}"), "Authorization", auth, "If-Match", "\"1\"");
        http.put("/api/v1/me/records/" + id + "/attachment", "text/plain", "lease".getBytes(StandardCharsets.UTF_8), "Authorization", auth);
        HttpResponse<byte[]> export = http.getBytes("/api/v1/me/export", "Authorization", auth);
        assertThat(export.headers().firstValue("Content-Type")).hasValue("application/zip");

        byte[] tampered = Archives.replace(export.body(), "records.json", s -> s.replace("York", "Hull"));
        int individuals = TestDatabase.get().count(INDIVIDUALS);
        HttpResponse<String> refused = http.postBytes("/api/v1/accounts/import", "application/zip", tampered,
                "Authorization", Http.basic("tampered@example.org", "a tampered archive"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Http.json(refused).getString("code")).isEqualTo("invalid_archive");
        assertThat(TestDatabase.get().count(INDIVIDUALS)).isEqualTo(individuals);

        HttpResponse<String> imported = http.postBytes("/api/v1/accounts/import", "application/zip", export.body(),
                "Authorization", Http.basic("moved@example.org", "arrived safely here"));
        assertThat(imported.statusCode()).isEqualTo(201);
        String newAuth = Http.bearer(Http.json(http.postJson("/api/v1/me/tokens", "{}", "Authorization",
                Http.basic("moved@example.org", "arrived safely here"))).getString("token"));
        JsonObject record = Http.json(http.get("/api/v1/me/records", "Authorization", newAuth)).getJsonArray("items").getJsonObject(0);
        assertThat(record.getJsonObject("data").getString("city")).isEqualTo("York");
        assertThat(record.getInteger("version")).isEqualTo(2);
        assertThat(http.getBytes("/api/v1/me/records/" + record.getString("id") + "/attachment", "Authorization", newAuth).body())
                .isEqualTo("lease".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("The export holds every agreement, live or revoked, with its signed receipt, and the consent record behind each with its history; the manifest counts them")
    void exportHoldsAgreementsAndConsentRecords() throws Exception {
        String auth = Http.bearer(TestPlatform.individual(http, "agreeing@example.org", "agreements travel too"));
        String tenant = Tenants.register(http, "Export Energy");
        String live = Tenants.agreement(http, tenant, auth, "[\"read\"]", "Your meter readings");
        String ended = Tenants.agreement(http, tenant, auth, "[\"deliver\"]", "Your bills");
        assertThat(http.delete("/api/v1/me/agreements/" + ended, "Authorization", auth).statusCode()).isEqualTo(204);

        byte[] archive = http.getBytes("/api/v1/me/export", "Authorization", auth).body();
        JsonArray agreements = new JsonArray(Archives.read(archive, "agreements.json"));
        assertThat(agreements).hasSize(2);
        JsonObject revoked = agreements.stream().map(JsonObject.class::cast).filter(a -> a.getString("id").equals(ended)).findFirst().orElseThrow();
        assertThat(revoked.getString("status")).isEqualTo("revoked");
        assertThat(revoked.getString("title")).isEqualTo("Your bills");
        assertThat(revoked.getJsonObject("tenant").getString("name")).isEqualTo("Export Energy");
        JsonObject receipt = revoked.getJsonObject("receipt");
        assertThat(receipt.getString("jws").split("\\.")).as("a compact JWS").hasSize(3);
        assertThat(receipt.getJsonObject("receipt").encode()).contains(ended);
        assertThat(agreements.stream().map(JsonObject.class::cast).map(a -> a.getString("id"))).containsExactlyInAnyOrder(live, ended);

        JsonArray consent = new JsonArray(Archives.read(archive, "consent-records.json"));
        assertThat(consent).hasSize(2);
        JsonObject withdrawn = consent.stream().map(JsonObject.class::cast).filter(c -> c.getString("agreementId").equals(ended)).findFirst().orElseThrow();
        assertThat(withdrawn.getJsonArray("events").stream().map(e -> ((JsonObject) e).getString("event")).toList())
                .as("given, then withdrawn").containsExactly("given", "withdrawn");
        assertThat(withdrawn).isEqualTo(new JsonObject().put("agreementId", ended)
                .mergeIn(Http.json(http.get("/api/v1/me/agreements/" + ended + "/consent-record", "Authorization", auth))));

        JsonObject counts = new JsonObject(Archives.read(archive, "manifest.json")).getJsonObject("counts");
        assertThat(counts.getInteger("agreements")).isEqualTo(2);
        assertThat(counts.getInteger("consentRecords")).isEqualTo(2);
    }

    @Test
    @DisplayName("An archive that unpacks past the limit (a zip bomb) is refused before it fills memory")
    void zipBomb() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("manifest.json"));
            zip.write(new byte[3 * 1024 * 1024]);
            zip.closeEntry();
        }
        assertThat(bytes.size()).as("compressed").isLessThan(64 * 1024);
        HttpResponse<String> refused = http.postBytes("/api/v1/accounts/import", "application/zip", bytes.toByteArray(),
                "Authorization", Http.basic("bomb@example.org", "zip bombs go nowhere"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Http.json(refused).getString("detail")).contains("unpacks to more than");
    }

    @Test
    @DisplayName("Erasure needs the password; then the key and data are gone, tokens and sessions stop, and organisations are told")
    void erasure() {
        String auth = Http.bearer(TestPlatform.individual(http, "leaving@example.org", "right to be forgotten"));
        UUID owner = UUID.fromString(Http.json(http.get("/api/v1/me", "Authorization", auth)).getString("id"));
        http.postJson("/api/v1/me/records", PersonalDataStoreIT.record("Gone", "dpv-pd:Address", "{}"), "Authorization", auth);
        Http browser = new Http(platform.port());
        browser.login("/login", "leaving@example.org", "right to be forgotten");
        assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(200);

        HttpResponse<String> wrong = http.deleteJson("/api/v1/me", "{\"password\":\"not my password\"}", "Authorization", auth);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(Http.json(wrong).getString("code")).isEqualTo("wrong_password");
        assertThat(http.get("/api/v1/me", "Authorization", auth).statusCode()).isEqualTo(200);

        assertThat(http.deleteJson("/api/v1/me", "{\"password\":\"right to be forgotten\"}", "Authorization", auth).statusCode()).isEqualTo(204);
        assertThat(http.get("/api/v1/me", "Authorization", auth).statusCode()).isEqualTo(401);
        assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(401);
        TestDatabase db = TestDatabase.get();
        assertThat(db.count(DATA_KEYS, DATA_KEYS.INDIVIDUAL_ID.eq(owner))).isZero();
        assertThat(db.count(RECORDS, RECORDS.INDIVIDUAL_ID.eq(owner))).isZero();
        assertThat(db.count(OUTBOX_EVENTS, OUTBOX_EVENTS.EVENT_TYPE.eq("individual.erased").and(OUTBOX_EVENTS.AGGREGATE_ID.eq(owner.toString()))))
                .isEqualTo(1);
        assertThat(http.postJson("/api/v1/me/tokens", "{}", "Authorization", Http.basic("leaving@example.org", "right to be forgotten")).statusCode())
                .isEqualTo(401);
    }

    @Test
    @DisplayName("Repeated wrong passwords lock the account for a while, even against the right password, saying nothing more")
    void lockout() {
        TestPlatform.individual(http, "forgetful@example.org", "the real password");
        for (int i = 0; i < 5; i++) {
            assertThat(http.postJson("/api/v1/me/tokens", "{}", "Authorization", Http.basic("forgetful@example.org", "guess " + i)).statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> locked = http.postJson("/api/v1/me/tokens", "{}", "Authorization", Http.basic("forgetful@example.org", "the real password"));
        assertThat(locked.statusCode()).isEqualTo(401);
        HttpResponse<String> unknown = http.postJson("/api/v1/me/tokens", "{}", "Authorization", Http.basic("nobody-here@example.org", "the real password"));
        assertThat(Http.json(locked).getString("detail")).isEqualTo(Http.json(unknown).getString("detail"));
    }
}
