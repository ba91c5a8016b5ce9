package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.schema.generated.datastore.Tables.RECORDS;
import static org.hearth.schema.generated.tenants.Tables.IDEMPOTENCY_KEYS;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.kernel.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.jooq.impl.DSL;

/** Self-service registration, deliveries under agreements (idempotent, optionally verified), suspension. */
class DeliveriesIT {

    private static Platform platform;
    private static Http http;
    private static String tenantId;
    private static String tenant;

    @BeforeAll
    static void start() {
        // A window longer than the default, so that the tests below show the setting is obeyed.
        platform = TestPlatform.start(Map.of("HEARTH_IDEMPOTENCY_TTL", "PT48H"));
        http = new Http(platform.port());
        HttpResponse<String> registered = http.postJson("/api/v1/tenants", "{\"name\":\"Northern Power\",\"kind\":\"company\","
                + "\"contactEmail\":\"dpo@northern.example\",\"admin\":{\"email\":\"admin@northern.example\",\"password\":\"a strong admin pass\"}}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        JsonObject created = Http.json(registered);
        assertThat(created.getString("plan")).isEqualTo("sandbox");
        tenantId = created.getString("tenantId");
        tenant = Http.bearer(Http.json(http.postForm("/oauth/token", Map.of("grant_type", "client_credentials"), "Authorization",
                Http.basic(created.getString("clientId"), created.getString("clientSecret")))).getString("access_token"));
        platform.modules().staff().add("op@hearth.example", "operator password 1", Set.of("operator"));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static String agreement(String individual, String modes) {
        String code = Http.json(http.postJson("/api/v1/tenant/data-requests", "{\"title\":\"Your bills\",\"purpose\":\"dpv:ServiceProvision\","
                + "\"description\":\"We put your bills in your store.\",\"categories\":[\"dpv-pd:Utility\"],\"accessModes\":" + modes
                + ",\"durationDays\":365,\"retentionDays\":30,\"lawfulBasis\":\"dpv:Contract\",\"policyUrl\":\"https://northern.example/privacy\"}",
                "Authorization", tenant)).getString("code");
        return Http.json(http.postJson("/api/v1/me/agreements", "{\"code\":\"" + code + "\"}", "Authorization", individual)).getString("id");
    }

    private static final String BILL = "{\"schema\":\"hearth:bill/v1\",\"category\":\"dpv-pd:Utility\",\"title\":\"November bill\","
            + "\"data\":{\"amount\":\"42.10\",\"currency\":\"GBP\"},\"verified\":true}";

    @Test
    @DisplayName("A delivery with an Idempotency-Key creates the record once; a retry returns the first answer and creates nothing")
    void idempotentDelivery() {
        String individual = Http.bearer(TestPlatform.individual(http, "bills@example.org", "deliver my bills"));
        String id = agreement(individual, "[\"read\",\"deliver\"]");
        String path = "/api/v1/tenant/agreements/" + id + "/records";
        assertThat(http.postJson(path, BILL, "Authorization", tenant).statusCode()).as("no key").isEqualTo(400);
        HttpResponse<String> first = http.postJson(path, BILL, "Authorization", tenant, "Idempotency-Key", "bill-2026-11");
        assertThat(first.statusCode()).isEqualTo(201);
        HttpResponse<String> retry = http.postJson(path, BILL, "Authorization", tenant, "Idempotency-Key", "bill-2026-11");
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        JsonObject mine = Http.json(http.get("/api/v1/me/records?category=dpv-pd:Utility", "Authorization", individual));
        assertThat(mine.getJsonArray("items")).hasSize(1);
        assertThat(mine.getJsonArray("items").getJsonObject(0).getJsonObject("provenance").getString("tenantId")).isEqualTo(tenantId);
        JsonObject entry = Http.json(http.get("/api/v1/me/access-log", "Authorization", individual)).getJsonArray("items").getJsonObject(0);
        assertThat(entry.getString("action")).isEqualTo("deliver");
    }

    @Test
    @DisplayName("A verified delivery carries the tenant's signature over the content's digest, which its published keys verify")
    void verifiedAttribute() throws Exception {
        String individual = Http.bearer(TestPlatform.individual(http, "verified@example.org", "vouched for content"));
        String id = agreement(individual, "[\"deliver\"]");
        JsonObject record = Http.json(http.postJson("/api/v1/tenant/agreements/" + id + "/records", BILL, "Authorization", tenant,
                "Idempotency-Key", "verified-1"));
        JsonObject verification = Http.json(http.get("/api/v1/me/records/" + record.getString("id"), "Authorization", individual)).getJsonObject("verification");
        JWKSet keys = JWKSet.parse(http.get("/api/v1/tenants/" + tenantId + "/jwks.json").body());
        JWSObject jws = JWSObject.parse(verification.getString("jws"));
        assertThat(jws.verify(new ECDSAVerifier(keys.getKeys().getFirst().toECKey()))).isTrue();
        JsonObject payload = new JsonObject(jws.getPayload().toString());
        assertThat(payload.getString("digest")).isEqualTo(verification.getString("digest"));
        assertThat(payload.getString("recordId")).isEqualTo(record.getString("id"));
        Http browser = new Http(platform.port());
        browser.login("/login", "verified@example.org", "vouched for content");
        assertThat(browser.get("/account/records/" + record.getString("id"), "Accept", "text/html").body()).contains("id=\"verified\"");
    }

    @Test
    @DisplayName("The verified badge shows only while the content matches what the organisation signed; after the owner's edit the page says it vouched for an earlier version")
    void verificationEndsWithTheOwnersEdit() {
        String individual = Http.bearer(TestPlatform.individual(http, "edited@example.org", "my own edit of a bill"));
        String id = agreement(individual, "[\"deliver\"]");
        JsonObject record = Http.json(http.postJson("/api/v1/tenant/agreements/" + id + "/records", BILL, "Authorization", tenant,
                "Idempotency-Key", "edited-1"));
        String path = "/api/v1/me/records/" + record.getString("id");
        JsonObject delivered = Http.json(http.get(path, "Authorization", individual)).getJsonObject("verification");
        assertThat(delivered.getBoolean("current")).isTrue();
        assertThat(delivered.getString("contentDigest")).isEqualTo(delivered.getString("digest"));
        Http browser = new Http(platform.port());
        browser.login("/login", "edited@example.org", "my own edit of a bill");
        String before = browser.get("/account/records/" + record.getString("id"), "Accept", "text/html").body();
        assertThat(before).contains("id=\"verified\"").contains("Northern Power vouches for this content").contains("Delivered by Northern Power");

        HttpResponse<String> edited = http.putJson(path, "{\"schema\":\"hearth:bill/v1\",\"category\":\"dpv-pd:Utility\",\"title\":\"November bill\","
                + "\"data\":{\"amount\":\"4.10\",\"currency\":\"GBP\"}}", "Authorization", individual, "If-Match", "\"1\"");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        JsonObject after = Http.json(http.get(path, "Authorization", individual)).getJsonObject("verification");
        assertThat(after.getBoolean("current")).isFalse();
        assertThat(after.getString("digest")).as("the signed digest stays").isEqualTo(delivered.getString("digest"));
        assertThat(after.getString("contentDigest")).isNotEqualTo(after.getString("digest"));
        assertThat(after.getInteger("signedVersion")).isEqualTo(1);
        String page = browser.get("/account/records/" + record.getString("id"), "Accept", "text/html").body();
        assertThat(page).doesNotContain("id=\"verified\"").contains("id=\"verification-earlier\"")
                .contains("Northern Power vouched for an earlier version of this record (version 1");
    }

    @Test
    @DisplayName("The same Idempotency-Key with a different body is refused with 422 problem JSON and delivers nothing")
    void sameKeyOtherBody() {
        String individual = Http.bearer(TestPlatform.individual(http, "twice@example.org", "one key one bill"));
        String path = "/api/v1/tenant/agreements/" + agreement(individual, "[\"deliver\"]") + "/records";
        assertThat(http.postJson(path, BILL, "Authorization", tenant, "Idempotency-Key", "reused-1").statusCode()).isEqualTo(201);
        HttpResponse<String> other = http.postJson(path, BILL.replace("November bill", "December bill"), "Authorization", tenant,
                "Idempotency-Key", "reused-1");
        assertThat(other.statusCode()).as(other.body()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Http.json(other).getString("code")).isEqualTo("idempotency_key_reused");
        assertThat(records(individual)).hasSize(1);
    }

    @Test
    @DisplayName("After the owner erases the account, replaying a delivery's key answers 410 problem JSON with none of the content")
    void replayAfterErasure() {
        String individual = Http.bearer(TestPlatform.individual(http, "erased-bills@example.org", "erase my bills"));
        String path = "/api/v1/tenant/agreements/" + agreement(individual, "[\"deliver\"]") + "/records";
        assertThat(http.postJson(path, BILL, "Authorization", tenant, "Idempotency-Key", "erase-1").statusCode()).isEqualTo(201);
        UUID owner = UUID.fromString(Http.json(http.get("/api/v1/me", "Authorization", individual)).getString("id"));
        assertThat(TestDatabase.get().count(IDEMPOTENCY_KEYS, IDEMPOTENCY_KEYS.INDIVIDUAL_ID.eq(owner))).isEqualTo(1);
        assertThat(http.deleteJson("/api/v1/me", "{\"password\":\"erase my bills\"}", "Authorization", individual).statusCode()).isEqualTo(204);

        HttpResponse<String> replay = http.postJson(path, BILL, "Authorization", tenant, "Idempotency-Key", "erase-1");
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(410);
        assertThat(replay.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Http.json(replay).getString("code")).isEqualTo("individual_erased");
        assertThat(replay.body()).doesNotContain("November bill").doesNotContain("42.10");
        assertThat(TestDatabase.get().count(IDEMPOTENCY_KEYS, IDEMPOTENCY_KEYS.INDIVIDUAL_ID.eq(owner))).as("entries left after erasure").isZero();
    }

    @Test
    @DisplayName("A key is kept for the configured window (48 h here), then it may be used again and delivers a new record")
    void keysExpireAfterTheWindow() {
        String individual = Http.bearer(TestPlatform.individual(http, "window@example.org", "keys do not last"));
        String path = "/api/v1/tenant/agreements/" + agreement(individual, "[\"deliver\"]") + "/records";
        HttpResponse<String> first = http.postJson(path, BILL, "Authorization", tenant, "Idempotency-Key", "window-1");
        assertThat(first.statusCode()).isEqualTo(201);

        backdateKeys(Duration.ofHours(25));
        HttpResponse<String> withinWindow = http.postJson(path, BILL, "Authorization", tenant, "Idempotency-Key", "window-1");
        assertThat(withinWindow.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(withinWindow.body()).isEqualTo(first.body());

        backdateKeys(Duration.ofHours(49));
        HttpResponse<String> afterWindow = http.postJson(path, BILL, "Authorization", tenant, "Idempotency-Key", "window-1");
        assertThat(afterWindow.statusCode()).isEqualTo(201);
        assertThat(afterWindow.headers().firstValue("Idempotent-Replayed")).hasValue("false");
        assertThat(Http.json(afterWindow).getString("id")).isNotEqualTo(Http.json(first).getString("id"));
        assertThat(records(individual)).hasSize(2);

        backdateKeys(Duration.ofHours(49));
        // The background sweep runs every minute; run a pass now rather than wait for it.
        platform.modules().tenants().deliveries().service().sweepExpired();
        assertThat(TestDatabase.get().count(IDEMPOTENCY_KEYS, IDEMPOTENCY_KEYS.TENANT_ID.eq(UUID.fromString(tenantId)))).as("expired entries left").isZero();
    }

    private static io.vertx.core.json.JsonArray records(String individual) {
        return Http.json(http.get("/api/v1/me/records?category=dpv-pd:Utility", "Authorization", individual)).getJsonArray("items");
    }

    /** Moves every idempotency key of the tenant {@code age} into the past, as if that time had gone by. */
    private static void backdateKeys(Duration age) {
        TestDatabase.get().db().write(org.hearth.kernel.actor.CallContext.system("test.backdate_keys"), dsl -> dsl.update(DSL.table(DSL.name("tenants", "idempotency_keys")))
                .set(DSL.field(DSL.name("created_at"), OffsetDateTime.class), OffsetDateTime.now().minus(age))
                .where(DSL.field(DSL.name("tenant_id"), UUID.class).eq(UUID.fromString(tenantId))).execute());
    }

    @Test
    @DisplayName("Delivering outside the agreement is refused: a read-only agreement, a category out of scope, another tenant's agreement")
    void refusals() {
        String individual = Http.bearer(TestPlatform.individual(http, "refuse@example.org", "not in my store"));
        String readOnly = agreement(individual, "[\"read\"]");
        HttpResponse<String> r = http.postJson("/api/v1/tenant/agreements/" + readOnly + "/records", BILL, "Authorization", tenant, "Idempotency-Key", "x1");
        assertThat(Http.json(r).getString("code")).isEqualTo("out_of_scope");
        String deliver = agreement(individual, "[\"deliver\"]");
        HttpResponse<String> health = http.postJson("/api/v1/tenant/agreements/" + deliver + "/records",
                BILL.replace("dpv-pd:Utility", "dpv-pd:HealthRecord"), "Authorization", tenant, "Idempotency-Key", "x2");
        assertThat(Http.json(health).getString("code")).isEqualTo("out_of_scope");
        int before = TestDatabase.get().count(RECORDS);
        var other = platform.modules().tenants().clients().createTenantWithClient("Other Co", "company");
        String otherToken = Http.bearer(Http.json(http.postForm("/oauth/token", Map.of("grant_type", "client_credentials"), "Authorization",
                Http.basic(other.clientId(), other.clientSecret()))).getString("access_token"));
        assertThat(http.postJson("/api/v1/tenant/agreements/" + deliver + "/records", BILL, "Authorization", otherToken, "Idempotency-Key", "x3").statusCode())
                .isEqualTo(404);
        assertThat(TestDatabase.get().count(RECORDS)).isEqualTo(before);
    }

    @Test
    @DisplayName("Client rotation: a second client works alongside the first, and a revoked one gets no new token")
    void clientRotation() {
        HttpResponse<String> added = http.postJson("/api/v1/tenant/clients", "{}", "Authorization", tenant);
        assertThat(added.statusCode()).isEqualTo(201);
        JsonObject second = Http.json(added);
        assertThat(http.postForm("/oauth/token", Map.of("grant_type", "client_credentials"), "Authorization",
                Http.basic(second.getString("clientId"), second.getString("clientSecret"))).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/tenant/clients", "Authorization", tenant).body()).contains(second.getString("clientId")).doesNotContain("hcs_");
        assertThat(http.delete("/api/v1/tenant/clients/" + second.getString("clientId"), "Authorization", tenant).statusCode()).isEqualTo(204);
        assertThat(http.postForm("/oauth/token", Map.of("grant_type", "client_credentials"), "Authorization",
                Http.basic(second.getString("clientId"), second.getString("clientSecret"))).statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("A revoked client's access token, issued before the revocation, gets 401 on its next call; the other client's still works")
    void aRevokedClientsTokensStopAtOnce() {
        JsonObject second = Http.json(http.postJson("/api/v1/tenant/clients", "{}", "Authorization", tenant));
        String secondToken = Http.bearer(Http.json(http.postForm("/oauth/token", Map.of("grant_type", "client_credentials"), "Authorization",
                Http.basic(second.getString("clientId"), second.getString("clientSecret")))).getString("access_token"));
        // verified once, so that the token is in the verification cache when the client is revoked
        assertThat(http.get("/api/v1/tenant", "Authorization", secondToken).statusCode()).isEqualTo(200);

        assertThat(http.delete("/api/v1/tenant/clients/" + second.getString("clientId"), "Authorization", tenant).statusCode()).isEqualTo(204);

        HttpResponse<String> refused = http.get("/api/v1/tenant", "Authorization", secondToken);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Http.json(refused).getString("code")).isEqualTo("unauthenticated");
        assertThat(http.get("/api/v1/tenant/agreements", "Authorization", secondToken).statusCode()).isEqualTo(401);
        assertThat(http.get("/api/v1/tenant", "Authorization", tenant).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("A suspended tenant's calls answer 403 tenant_suspended until the operator reinstates it")
    void suspension() {
        Http operator = new Http(platform.port());
        operator.login("/staff/login", "op@hearth.example", "operator password 1");
        String csrf = Http.csrfToken(operator.get("/staff", "Accept", "text/html"));
        assertThat(operator.postJson("/api/v1/operator/tenants/" + tenantId + "/suspension", "{}", "pac4jCsrfToken", csrf).statusCode()).isEqualTo(204);
        HttpResponse<String> suspended = http.get("/api/v1/tenant/agreements", "Authorization", tenant);
        assertThat(suspended.statusCode()).isEqualTo(403);
        assertThat(Http.json(suspended).getString("code")).isEqualTo("tenant_suspended");
        assertThat(operator.deleteJson("/api/v1/operator/tenants/" + tenantId + "/suspension", "{}", "pac4jCsrfToken", csrf).statusCode()).isEqualTo(204);
        assertThat(http.get("/api/v1/tenant/agreements", "Authorization", tenant).statusCode()).isEqualTo(200);
    }
}
