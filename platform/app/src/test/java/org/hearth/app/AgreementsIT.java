package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.schema.generated.datastore.Tables.AGREEMENTS;
import static org.hearth.schema.generated.platform.Tables.OUTBOX_EVENTS;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hearth.kernel.testing.TestDatabase;
import org.hearth.tenants.clients.ClientCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Organisations ask, individuals agree, organisations read within scope; and every refusal. */
class AgreementsIT {

    private static Platform platform;
    private static Http http;
    private static String acme;
    private static String globex;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of());
        http = new Http(platform.port());
        acme = Http.bearer(tenantToken("Acme Bank"));
        globex = Http.bearer(tenantToken("Globex Energy"));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static String tenantToken(String name) {
        ClientCredentials c = platform.modules().tenants().clients().createTenantWithClient(name, "company");
        return Http.json(http.postForm("/oauth/token", Map.of("grant_type", "client_credentials"), "Authorization",
                Http.basic(c.clientId(), c.clientSecret()))).getString("access_token");
    }

    private static JsonObject publish(String tenant, String categories, String modes) {
        HttpResponse<String> created = http.postJson("/api/v1/tenant/data-requests", "{\"title\":\"Proof of address\",\"purpose\":\"dpv:IdentityVerification\","
                + "\"description\":\"To open your account.\",\"categories\":" + categories + ",\"accessModes\":" + modes + ",\"durationDays\":30,"
                + "\"retentionDays\":0,\"lawfulBasis\":\"dpv:Consent\",\"policyUrl\":\"https://acme.example/privacy\"}", "Authorization", tenant);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created);
    }

    private static String individualWithRecords(String email) {
        String auth = Http.bearer(TestPlatform.individual(http, email, "agreements are revocable"));
        http.postJson("/api/v1/me/records", PersonalDataStoreIT.record("Home", "dpv-pd:Address", "{\"city\":\"Paris\"}"), "Authorization", auth);
        http.postJson("/api/v1/me/records", PersonalDataStoreIT.record("Diagnosis", "dpv-pd:HealthRecord", "{\"x\":1}"), "Authorization", auth);
        return auth;
    }

    private static String accept(String individual, String code) {
        HttpResponse<String> accepted = http.postJson("/api/v1/me/agreements", "{\"code\":\"" + code + "\"}", "Authorization", individual);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        return Http.json(accepted).getString("id");
    }

    @Test
    @DisplayName("An accepted request lets the organisation read only the categories in scope, logged in the individual's access log")
    void scopedReadIsLogged() {
        JsonObject request = publish(acme, "[\"dpv-pd:Address\"]", "[\"read\"]");
        JsonObject terms = Http.json(http.get("/api/v1/data-requests/" + request.getString("code")));
        assertThat(terms.getJsonObject("tenant").getString("name")).isEqualTo("Acme Bank");
        String individual = individualWithRecords("reader@example.org");
        String agreement = accept(individual, request.getString("code"));

        HttpResponse<String> read = http.get("/api/v1/tenant/agreements/" + agreement + "/records", "Authorization", acme);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("Paris").doesNotContain("Diagnosis");
        assertThat(http.get("/api/v1/tenant/agreements/" + agreement + "/records?category=dpv-pd:HealthRecord", "Authorization", acme).body())
                .contains("out_of_scope");
        assertThat(http.get("/api/v1/tenant/agreements/" + agreement + "/records", "Authorization", globex).statusCode()).as("another tenant").isEqualTo(404);
        assertThat(http.get("/api/v1/tenant/agreements/" + agreement + "/records", "Authorization", individual).statusCode()).isEqualTo(403);

        JsonObject entry = Http.json(http.get("/api/v1/me/access-log", "Authorization", individual)).getJsonArray("items").getJsonObject(0);
        assertThat(entry.getString("action")).isEqualTo("read");
        assertThat(entry.getString("agreementId")).isEqualTo(agreement);
        assertThat(entry.getJsonObject("actor").getString("kind")).isEqualTo("tenant");
        assertThat(entry.getJsonArray("categories").getList()).containsExactly("dpv-pd:Address");
    }

    @Test
    @DisplayName("An organisation pages through many records; each page is logged with exactly the records it returned")
    void readsArePaged() {
        String individual = individualWithRecords("pages@example.org");
        for (String city : new String[] {"Lyon", "Lille"}) {
            http.postJson("/api/v1/me/records", PersonalDataStoreIT.record(city, "dpv-pd:Address", "{\"city\":\"" + city + "\"}"),
                    "Authorization", individual);
        }
        String agreement = accept(individual, publish(acme, "[\"dpv-pd:Address\"]", "[\"read\"]").getString("code"));
        JsonObject first = Http.json(http.get("/api/v1/tenant/agreements/" + agreement + "/records?limit=2", "Authorization", acme));
        assertThat(first.getJsonArray("items")).hasSize(2);
        String cursor = first.getString("nextCursor");
        assertThat(cursor).isEqualTo(first.getJsonArray("items").getJsonObject(1).getString("id"));
        JsonObject second = Http.json(http.get("/api/v1/tenant/agreements/" + agreement + "/records?limit=2&after=" + cursor, "Authorization", acme));
        assertThat(second.getJsonArray("items")).hasSize(1);
        assertThat(second.getString("nextCursor")).isNull();
        assertThat(second.getJsonArray("items").getJsonObject(0).getString("id")).isGreaterThan(cursor);

        var log = Http.json(http.get("/api/v1/me/access-log", "Authorization", individual)).getJsonArray("items");
        assertThat(log.getJsonObject(0).getJsonArray("recordIds")).hasSize(1);
        assertThat(log.getJsonObject(1).getJsonArray("recordIds")).hasSize(2);
        assertThat(http.get("/api/v1/tenant/agreements/" + agreement + "/records?limit=0", "Authorization", acme).statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/tenant/agreements/" + agreement + "/records?after=yesterday", "Authorization", acme).statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("Many concurrent reads share commits, and each is in the individual's log, in an intact chain")
    void concurrentReadsAreAllLogged() throws Exception {
        String individual = individualWithRecords("busy@example.org");
        String agreement = accept(individual, publish(acme, "[\"dpv-pd:Address\"]", "[\"read\"]").getString("code"));
        var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();
        var answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
        for (int i = 0; i < 40; i++) {
            answers.add(pool.submit(() -> http.get("/api/v1/tenant/agreements/" + agreement + "/records", "Authorization", acme).statusCode()));
        }
        for (var answer : answers) {
            assertThat(answer.get()).isEqualTo(200);
        }
        pool.close();
        JsonObject verification = Http.json(http.get("/api/v1/me/access-log/verification", "Authorization", individual));
        assertThat(verification.getBoolean("intact")).isTrue();
        assertThat(verification.getInteger("entries")).isEqualTo(40);
    }

    @Test
    @DisplayName("Two tenants see the same individual under different pseudonymous subject ids")
    void pairwiseSubjects() {
        String individual = individualWithRecords("pairwise@example.org");
        accept(individual, publish(acme, "[\"dpv-pd:Address\"]", "[\"read\"]").getString("code"));
        accept(individual, publish(globex, "[\"dpv-pd:Address\"]", "[\"read\"]").getString("code"));
        String atAcme = Http.json(http.get("/api/v1/tenant/agreements", "Authorization", acme)).getJsonArray("items").getJsonObject(0).getString("subjectId");
        String atGlobex = Http.json(http.get("/api/v1/tenant/agreements", "Authorization", globex)).getJsonArray("items").getJsonObject(0).getString("subjectId");
        assertThat(atAcme).startsWith("ps_").isNotEqualTo(atGlobex);
        assertThat(http.get("/api/v1/tenant/agreements", "Authorization", acme).body()).doesNotContain("pairwise@example.org");
    }

    @Test
    @DisplayName("The receipt is a Kantara v1.1 JSON signed by the platform's published key, and the consent record tracks its lifecycle")
    void receiptAndConsentRecord() throws Exception {
        String individual = individualWithRecords("receipt@example.org");
        String agreement = accept(individual, publish(acme, "[\"dpv-pd:Address\"]", "[\"read\"]").getString("code"));
        JsonObject receipt = Http.json(http.get("/api/v1/me/agreements/" + agreement + "/receipt", "Authorization", individual));
        assertThat(receipt.getJsonObject("receipt").getString("version")).isEqualTo("KI-CR-v1.1.0");
        assertThat(receipt.getJsonObject("receipt").getString("consentReceiptID")).isEqualTo(agreement);
        ECKey key = JWKSet.parse(http.get("/.well-known/jwks.json").body()).getKeys().getFirst().toECKey();
        JWSObject jws = JWSObject.parse(receipt.getString("jws"));
        assertThat(jws.verify(new ECDSAVerifier(key))).isTrue();
        assertThat(new JsonObject(jws.getPayload().toString())).isEqualTo(receipt.getJsonObject("receipt"));

        assertThat(http.delete("/api/v1/me/agreements/" + agreement, "Authorization", individual).statusCode()).isEqualTo(204);
        JsonObject record = Http.json(http.get("/api/v1/me/agreements/" + agreement + "/consent-record", "Authorization", individual));
        assertThat(record.getString("state")).isEqualTo("withdrawn");
        assertThat(record.getJsonArray("events").stream().map(e -> ((JsonObject) e).getString("event"))).containsExactly("given", "withdrawn");
    }

    @Test
    @DisplayName("After revocation or expiry the next read is refused, and the organisation is told by an event")
    void revokedAndExpiredAreRefused() {
        String individual = individualWithRecords("refused@example.org");
        String code = publish(acme, "[\"dpv-pd:Address\"]", "[\"read\"]").getString("code");
        String revoked = accept(individual, code);
        assertThat(http.delete("/api/v1/me/agreements/" + revoked, "Authorization", individual).statusCode()).isEqualTo(204);
        HttpResponse<String> afterRevoke = http.get("/api/v1/tenant/agreements/" + revoked + "/records", "Authorization", acme);
        assertThat(afterRevoke.statusCode()).isEqualTo(403);
        assertThat(Http.json(afterRevoke).getString("code")).isEqualTo("agreement_revoked");
        assertThat(TestDatabase.get().count(OUTBOX_EVENTS, OUTBOX_EVENTS.EVENT_TYPE.eq("agreement.revoked").and(OUTBOX_EVENTS.AGGREGATE_ID.eq(revoked))))
                .isEqualTo(1);

        String expiring = accept(individual, code);
        TestDatabase.get().db().write(org.hearth.kernel.actor.CallContext.system("test.expire"), dsl -> dsl.update(AGREEMENTS).set(AGREEMENTS.EXPIRES_AT, OffsetDateTime.now().minusDays(1))
                .where(AGREEMENTS.ID.eq(UUID.fromString(expiring))).execute());
        HttpResponse<String> afterExpiry = http.get("/api/v1/tenant/agreements/" + expiring + "/records", "Authorization", acme);
        assertThat(Http.json(afterExpiry).getString("code")).isEqualTo("agreement_expired");
        assertThat(TestDatabase.get().count(OUTBOX_EVENTS, OUTBOX_EVENTS.EVENT_TYPE.eq("agreement.expired").and(OUTBOX_EVENTS.AGGREGATE_ID.eq(expiring))))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("An agreement past its end is marked expired and its tenant told, without waiting for a read")
    void expirySweep() throws Exception {
        String individual = individualWithRecords("sweep@example.org");
        String agreement = accept(individual, publish(acme, "[\"dpv-pd:Address\"]", "[\"read\"]").getString("code"));
        TestDatabase.get().db().write(org.hearth.kernel.actor.CallContext.system("test.expire"), dsl -> dsl.update(AGREEMENTS).set(AGREEMENTS.EXPIRES_AT, OffsetDateTime.now().minusMinutes(1))
                .where(AGREEMENTS.ID.eq(UUID.fromString(agreement))).execute());
        Eventually.within(java.time.Duration.ofSeconds(10),
                () -> TestDatabase.get().count(OUTBOX_EVENTS, OUTBOX_EVENTS.EVENT_TYPE.eq("agreement.expired").and(OUTBOX_EVENTS.AGGREGATE_ID.eq(agreement))) > 0);
        assertThat(TestDatabase.get().count(OUTBOX_EVENTS, OUTBOX_EVENTS.EVENT_TYPE.eq("agreement.expired").and(OUTBOX_EVENTS.AGGREGATE_ID.eq(agreement))))
                .isEqualTo(1);
        JsonObject record = Http.json(http.get("/api/v1/me/agreements/" + agreement + "/consent-record", "Authorization", individual));
        assertThat(record.getString("state")).isEqualTo("expired");
    }

    @Test
    @DisplayName("A closed request accepts no new agreements; an unknown code is 404; a second live agreement is a conflict")
    void closedUnknownAndDuplicate() {
        String individual = individualWithRecords("closed@example.org");
        JsonObject request = publish(acme, "[\"dpv-pd:Address\"]", "[\"read\"]");
        accept(individual, request.getString("code"));
        assertThat(http.postJson("/api/v1/me/agreements", "{\"code\":\"" + request.getString("code") + "\"}", "Authorization", individual).statusCode())
                .isEqualTo(409);
        assertThat(http.postJson("/api/v1/tenant/data-requests/" + request.getString("id") + "/close", "{}", "Authorization", globex).statusCode())
                .as("another tenant's request").isEqualTo(404);
        assertThat(http.postJson("/api/v1/tenant/data-requests/" + request.getString("id") + "/close", "{}", "Authorization", acme).statusCode()).isEqualTo(204);
        String other = individualWithRecords("late@example.org");
        HttpResponse<String> late = http.postJson("/api/v1/me/agreements", "{\"code\":\"" + request.getString("code") + "\"}", "Authorization", other);
        assertThat(Http.json(late).getString("code")).isEqualTo("request_closed");
        assertThat(http.postJson("/api/v1/me/agreements", "{\"code\":\"NOSUCHCODE\"}", "Authorization", other).statusCode()).isEqualTo(404);
    }
}
