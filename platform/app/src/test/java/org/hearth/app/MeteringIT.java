package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.schema.generated.tenants.Tables.LIMIT_COUNTERS;
import static org.hearth.schema.generated.tenants.Tables.USAGE;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import org.hearth.kernel.testing.TestDatabase;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Billing's metering: every consented read and delivery counted once, in the commit of the act; refused acts count nothing. */
class MeteringIT {

    private static Platform platform;
    private static Http http;

    @BeforeAll
    static void start() {
        // Concurrent reads must not be turned away by the sandbox's rate limit.
        platform = TestPlatform.start(Map.of("HEARTH_RATE_SANDBOX", "1000"));
        http = new Http(platform.port());
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    /** The agreement's total of one metric (zero when it has no row). */
    static BigDecimal used(String agreementId, String metric) {
        BigDecimal sum = TestDatabase.get().db().read("test.usage", dsl -> dsl.select(DSL.sum(USAGE.QUANTITY)).from(USAGE)
                .where(USAGE.AGREEMENT_ID.eq(UUID.fromString(agreementId))).and(USAGE.METRIC.eq(metric)).fetchOne(0, BigDecimal.class));
        return sum == null ? BigDecimal.ZERO : sum.stripTrailingZeros();
    }

    private static final String BILL = "{\"schema\":\"hearth:bill/v1\",\"category\":\"dpv-pd:Utility\",\"title\":\"November bill\","
            + "\"data\":{\"amount\":\"42.10\",\"currency\":\"GBP\",\"note\":\"d\u00e9j\u00e0 pay\u00e9\"}}";

    @Test
    @DisplayName("N consented reads are metered as exactly N reads, the records they served and the megabytes of those records' data")
    void readsAreMeteredExactly() {
        String individual = Http.bearer(TestPlatform.individual(http, "metered@example.org", "count my reads"));
        long bytes = 0;
        for (String data : new String[] {"{\"kwh\":\"1234\"}", "{\"kwh\":\"99\",\"city\":\"Besan\u00e7on\"}", "{\"m3\":\"12.5\"}"}) {
            assertThat(http.postJson("/api/v1/me/records", PersonalDataStoreIT.record("Meter", "dpv-pd:Utility", data), "Authorization", individual)
                    .statusCode()).isEqualTo(201);
        }
        String tenant = Tenants.register(http, "Metered Reads");
        String agreement = Tenants.agreement(http, tenant, individual, "[\"read\"]");
        int n = 7;
        for (int i = 0; i < n; i++) {
            HttpResponse<String> read = http.get("/api/v1/tenant/agreements/" + agreement + "/records", "Authorization", tenant);
            assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
            JsonArray items = Http.json(read).getJsonArray("items");
            assertThat(items).hasSize(3);
            if (i == 0) {
                for (int j = 0; j < items.size(); j++) {
                    bytes += items.getJsonObject(j).getJsonObject("data").encode().getBytes(StandardCharsets.UTF_8).length;
                }
            }
        }
        assertThat(used(agreement, "consented_reads")).isEqualByComparingTo("7");
        assertThat(used(agreement, "records_served")).isEqualByComparingTo("21");
        // The stored JSON may differ from Vert.x's encoding by whitespace only; these documents have none.
        assertThat(used(agreement, "megabytes_exchanged")).isEqualByComparingTo(BigDecimal.valueOf(n * bytes).movePointLeft(6));
        assertThat(used(agreement, "records_delivered")).isZero();
    }

    @Test
    @DisplayName("Concurrent consented reads, committed in shared access-log batches, are metered as exactly the reads served")
    void concurrentReadsAreMeteredExactly() throws Exception {
        String individual = Http.bearer(TestPlatform.individual(http, "busy@example.org", "many readers at once"));
        assertThat(http.postJson("/api/v1/me/records", PersonalDataStoreIT.record("Meter", "dpv-pd:Utility", "{\"kwh\":\"7\"}"), "Authorization", individual)
                .statusCode()).isEqualTo(201);
        String tenant = Tenants.register(http, "Busy Reader");
        String agreement = Tenants.agreement(http, tenant, individual, "[\"read\"]");
        int n = 60;
        assertThat(concurrentReads(tenant, agreement, n)).containsOnly(200).hasSize(n);
        assertThat(used(agreement, "consented_reads")).isEqualByComparingTo(String.valueOf(n));
        assertThat(used(agreement, "records_served")).isEqualByComparingTo(String.valueOf(n));
    }

    @Test
    @DisplayName("A read refused because the individual revoked the agreement counts nothing")
    void refusedReadCountsNothing() {
        String individual = Http.bearer(TestPlatform.individual(http, "revoker@example.org", "i take it back"));
        String tenant = Tenants.register(http, "Refused Reads");
        String agreement = Tenants.agreement(http, tenant, individual, "[\"read\"]");
        assertThat(http.get("/api/v1/tenant/agreements/" + agreement + "/records", "Authorization", tenant).statusCode()).isEqualTo(200);
        assertThat(http.delete("/api/v1/me/agreements/" + agreement, "Authorization", individual).statusCode()).isEqualTo(204);
        HttpResponse<String> refused = http.get("/api/v1/tenant/agreements/" + agreement + "/records", "Authorization", tenant);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Http.json(refused).getString("code")).isEqualTo("agreement_revoked");
        assertThat(used(agreement, "consented_reads")).as("only the read before the revocation").isEqualByComparingTo("1");
    }

    @Test
    @DisplayName("A delivery replayed with the same Idempotency-Key is counted once, with its megabytes")
    void replayedDeliveryCountsOnce() {
        String individual = Http.bearer(TestPlatform.individual(http, "delivered@example.org", "count my bills"));
        String tenant = Tenants.register(http, "Metered Deliveries");
        String agreement = Tenants.agreement(http, tenant, individual, "[\"deliver\"]");
        String path = "/api/v1/tenant/agreements/" + agreement + "/records";
        HttpResponse<String> first = http.postJson(path, BILL, "Authorization", tenant, "Idempotency-Key", "bill-1");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        HttpResponse<String> replay = http.postJson(path, BILL, "Authorization", tenant, "Idempotency-Key", "bill-1");
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        long bytes = new JsonObject(BILL).getJsonObject("data").encode().getBytes(StandardCharsets.UTF_8).length;
        assertThat(used(agreement, "records_delivered")).isEqualByComparingTo("1");
        assertThat(used(agreement, "megabytes_exchanged")).isEqualByComparingTo(BigDecimal.valueOf(bytes).movePointLeft(6));
        assertThat(http.postJson(path, BILL.replace("November", "December"), "Authorization", tenant, "Idempotency-Key", "bill-2").statusCode())
                .isEqualTo(201);
        assertThat(used(agreement, "records_delivered")).isEqualByComparingTo("2");
    }

    @Test
    @DisplayName("Usage rows carry tenant, metric, agreement, hour and quantity: no column for anything personal")
    void usageRowsCarryNoPersonalData() {
        assertThat(USAGE.fields()).extracting(f -> f.getName())
                .containsExactlyInAnyOrder("tenant_id", "metric", "agreement_id", "hour", "quantity");
    }

    /** Adds usage as if metered (the system scope, as the group commit writes it). */
    /** The statuses of {@code n} reads of the agreement's records, sent at once from 12 threads. */
    private static List<Integer> concurrentReads(String tenant, String agreement, int n) throws Exception {
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(12)) {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit(() -> new Http(platform.port()).get("/api/v1/tenant/agreements/" + agreement + "/records", "Authorization", tenant)
                        .statusCode()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        }
    }

    private static void seed(String tenantId, String metric, java.time.OffsetDateTime hour, long quantity) {
        TestDatabase.get().db().system(org.hearth.kernel.actor.CallContext.system("test.seed_usage"), dsl -> dsl.insertInto(USAGE)
                .set(USAGE.TENANT_ID, UUID.fromString(tenantId)).set(USAGE.METRIC, metric).set(USAGE.AGREEMENT_ID, UUID.randomUUID())
                .set(USAGE.HOUR, hour).set(USAGE.QUANTITY, BigDecimal.valueOf(quantity)).execute());
    }

    private static String tenantId(String tenant) {
        return Http.json(http.get("/api/v1/tenant", "Authorization", tenant)).getString("id");
    }

    @Test
    @DisplayName("A sandbox tenant past its monthly read limit gets 402 plan_limit_reached naming the limit and the standard plan; nothing is read or counted")
    void sandboxPastItsReadLimit() {
        String individual = Http.bearer(TestPlatform.individual(http, "limited@example.org", "past the limit"));
        assertThat(http.postJson("/api/v1/me/records", PersonalDataStoreIT.record("Meter", "dpv-pd:Utility", "{\"kwh\":\"1\"}"), "Authorization", individual)
                .statusCode()).isEqualTo(201);
        String tenant = Tenants.register(http, "Limited Sandbox");
        String agreement = Tenants.agreement(http, tenant, individual, "[\"read\"]");
        java.time.OffsetDateTime thisHour = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        seed(tenantId(tenant), "consented_reads", thisHour, 999);
        assertThat(http.get("/api/v1/tenant/agreements/" + agreement + "/records", "Authorization", tenant).statusCode()).as("the 1000th read").isEqualTo(200);
        HttpResponse<String> refused = http.get("/api/v1/tenant/agreements/" + agreement + "/records", "Authorization", tenant);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(402);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonObject problem = Http.json(refused);
        assertThat(problem.getString("code")).isEqualTo("plan_limit_reached");
        assertThat(problem.getString("limit")).isEqualTo("consented_reads");
        assertThat(problem.getString("limitValue")).isEqualTo("1000");
        assertThat(problem.getString("plan")).isEqualTo("sandbox");
        assertThat(problem.getString("liftedBy")).isEqualTo("standard");
        assertThat(used(agreement, "consented_reads")).as("the refused read is not counted").isEqualByComparingTo("1");
        JsonArray log = Http.json(http.get("/api/v1/me/access-log", "Authorization", individual)).getJsonArray("items");
        assertThat(log.stream().filter(e -> "read".equals(((JsonObject) e).getString("action"))).count()).as("reads in the access log").isEqualTo(1);
    }

    @Test
    @DisplayName("Concurrent reads at a sandbox's edge: exactly the reads left under the limit are served and counted, every other one gets 402")
    void sandboxLimitHoldsToTheUnitUnderConcurrentReads() throws Exception {
        String individual = Http.bearer(TestPlatform.individual(http, "edge@example.org", "right at the edge"));
        assertThat(http.postJson("/api/v1/me/records", PersonalDataStoreIT.record("Meter", "dpv-pd:Utility", "{\"kwh\":\"3\"}"), "Authorization", individual)
                .statusCode()).isEqualTo(201);
        String tenant = Tenants.register(http, "Edge Sandbox");
        String agreement = Tenants.agreement(http, tenant, individual, "[\"read\"]");
        java.time.OffsetDateTime thisHour = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        seed(tenantId(tenant), "consented_reads", thisHour, 990);
        int attempts = 40;
        List<Integer> statuses = concurrentReads(tenant, agreement, attempts);
        assertThat(statuses.stream().filter(s -> s == 200).count()).as("reads served").isEqualTo(10);
        assertThat(statuses.stream().filter(s -> s == 402).count()).as("reads refused").isEqualTo(attempts - 10);
        assertThat(used(agreement, "consented_reads")).as("reads counted").isEqualByComparingTo("10");
        assertThat(counter(tenantId(tenant), "consented_reads")).isEqualByComparingTo("1000");
    }

    @Test
    @DisplayName("A sandbox read refused for another reason gives back the unit it took: the limit counts only reads served")
    void aFailedReadGivesItsUnitBack() {
        String individual = Http.bearer(TestPlatform.individual(http, "giveback@example.org", "take it back"));
        String tenant = Tenants.register(http, "Give Back Sandbox");
        String agreement = Tenants.agreement(http, tenant, individual, "[\"read\"]");
        assertThat(http.get("/api/v1/tenant/agreements/" + agreement + "/records", "Authorization", tenant).statusCode()).isEqualTo(200);
        assertThat(counter(tenantId(tenant), "consented_reads")).isEqualByComparingTo("1");
        assertThat(http.delete("/api/v1/me/agreements/" + agreement, "Authorization", individual).statusCode()).isEqualTo(204);
        assertThat(http.get("/api/v1/tenant/agreements/" + agreement + "/records", "Authorization", tenant).statusCode()).isEqualTo(403);
        assertThat(counter(tenantId(tenant), "consented_reads")).as("the refused read's unit is back").isEqualByComparingTo("1");
    }

    private static BigDecimal counter(String tenantId, String metric) {
        return TestDatabase.get().db().read("test.limit_counter", dsl -> dsl.select(LIMIT_COUNTERS.USED).from(LIMIT_COUNTERS)
                .where(LIMIT_COUNTERS.TENANT_ID.eq(UUID.fromString(tenantId))).and(LIMIT_COUNTERS.METRIC.eq(metric)).fetchOne(LIMIT_COUNTERS.USED));
    }

    @Test
    @DisplayName("The usage API gives a past month's quantities per metric and the standard plan's estimate to the cent")
    void usageAndEstimate() {
        String tenant = Tenants.register(http, "Standard Estimate");
        String id = tenantId(tenant);
        TestDatabase.get().db().system(org.hearth.kernel.actor.CallContext.system("test.set_plan"), dsl -> dsl.update(DSL.table(DSL.name("tenants", "tenants")))
                .set(DSL.field(DSL.name("plan"), String.class), "standard").where(DSL.field(DSL.name("id"), UUID.class).eq(UUID.fromString(id))).execute());
        seed(id, "consented_reads", java.time.OffsetDateTime.parse("2026-11-03T10:00:00Z"), 1200);
        seed(id, "consented_reads", java.time.OffsetDateTime.parse("2026-11-20T23:00:00Z"), 1800);
        seed(id, "records_served", java.time.OffsetDateTime.parse("2026-11-04T08:00:00Z"), 15000);
        seed(id, "consented_reads", java.time.OffsetDateTime.parse("2026-12-01T00:00:00Z"), 7);
        HttpResponse<String> answer = http.get("/api/v1/tenant/usage?period=2026-11", "Authorization", tenant);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonObject usage = Http.json(answer);
        assertThat(usage.getString("period")).isEqualTo("2026-11");
        assertThat(usage.getString("plan")).isEqualTo("standard");
        JsonObject quantities = usage.getJsonObject("quantities");
        assertThat(quantities.getString("consented_reads")).isEqualTo("3000");
        assertThat(quantities.getString("records_served")).isEqualTo("15000");
        assertThat(quantities.getString("records_delivered")).isEqualTo("0");
        assertThat(quantities.getString("active_agreement_days")).isEqualTo("0");
        JsonObject estimate = usage.getJsonObject("estimate");
        assertThat(estimate.getString("currency")).isEqualTo("EUR");
        // 49.00 subscription + 2,000 reads past the 1,000 free at 0.010 + 5,000 records past the 10,000 free at 0.0002; VAT 20 %.
        assertThat(estimate.getString("subtotal")).isEqualTo("70.00");
        assertThat(estimate.getString("vatTotal")).isEqualTo("14.00");
        assertThat(estimate.getString("total")).isEqualTo("84.00");
        JsonObject reads = estimate.getJsonArray("lines").stream().map(JsonObject.class::cast)
                .filter(l -> "consented_reads".equals(l.getString("metric"))).findFirst().orElseThrow();
        assertThat(reads.getString("quantity")).isEqualTo("3000");
        assertThat(reads.getString("freeAllowanceApplied")).isEqualTo("1000");
        assertThat(reads.getString("amount")).isEqualTo("20.00");
        HttpResponse<String> bad = http.get("/api/v1/tenant/usage?period=2026-13", "Authorization", tenant);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Http.json(bad).getString("code")).isEqualTo("validation_failed");
    }

    @Test
    @DisplayName("A declared transaction answers 201 and counts its value; a replayed key answers the first answer; a second reference is 409; bad input is 4xx and stores nothing")
    void declaredTransactions() {
        String individual = Http.bearer(TestPlatform.individual(http, "buyer@example.org", "i bought a thing"));
        String tenant = Tenants.register(http, "Commission Shop");
        String agreement = Tenants.agreement(http, tenant, individual, "[\"read\"]");
        String body = "{\"value\":\"120.50\",\"currency\":\"EUR\",\"agreementId\":\"" + agreement + "\",\"externalReference\":\"order-1\"}";
        HttpResponse<String> first = http.postJson("/api/v1/tenant/transactions", body, "Authorization", tenant, "Idempotency-Key", "tx-1");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonObject stored = Http.json(first);
        assertThat(stored.getString("value")).isEqualTo("120.50");
        assertThat(stored.getString("currency")).isEqualTo("EUR");
        assertThat(stored.getString("agreementId")).isEqualTo(agreement);
        assertThat(stored.getString("externalReference")).isEqualTo("order-1");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).hasValue("false");
        HttpResponse<String> replay = http.postJson("/api/v1/tenant/transactions", body, "Authorization", tenant, "Idempotency-Key", "tx-1");
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(used(agreement, "transaction_value")).as("counted once").isEqualByComparingTo("120.50");

        HttpResponse<String> again = http.postJson("/api/v1/tenant/transactions", body, "Authorization", tenant, "Idempotency-Key", "tx-2");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Http.json(again).getString("code")).isEqualTo("conflict");
        HttpResponse<String> reused = http.postJson("/api/v1/tenant/transactions", body.replace("order-1", "order-9"), "Authorization", tenant,
                "Idempotency-Key", "tx-1");
        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(Http.json(reused).getString("code")).isEqualTo("idempotency_key_reused");

        assertThat(http.postJson("/api/v1/tenant/transactions", body.replace("order-1", "order-2"), "Authorization", tenant).statusCode())
                .as("no Idempotency-Key").isEqualTo(400);
        for (String bad : new String[] {body.replace("120.50", "-3.00"), body.replace("120.50", "1.234"), body.replace("120.50", "lots"),
                body.replace("\"EUR\"", "\"XYZ\""), body.replace(agreement, "not-an-id"), "{\"value\":\"1.00\"}"}) {
            HttpResponse<String> refused = http.postJson("/api/v1/tenant/transactions", bad.replace("order-1", "order-bad"), "Authorization", tenant,
                    "Idempotency-Key", "bad-" + UUID.randomUUID());
            assertThat(refused.statusCode()).as(bad + " -> " + refused.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        }
        String other = Tenants.register(http, "Someone Else");
        HttpResponse<String> notTheirs = http.postJson("/api/v1/tenant/transactions", body.replace("order-1", "order-3"), "Authorization", other,
                "Idempotency-Key", "tx-3");
        assertThat(notTheirs.statusCode()).isEqualTo(404);
        assertThat(http.delete("/api/v1/me/agreements/" + agreement, "Authorization", individual).statusCode()).isEqualTo(204);
        HttpResponse<String> revoked = http.postJson("/api/v1/tenant/transactions", body.replace("order-1", "order-4"), "Authorization", tenant,
                "Idempotency-Key", "tx-4");
        assertThat(revoked.statusCode()).isEqualTo(403);
        assertThat(Http.json(revoked).getString("code")).isEqualTo("agreement_revoked");
        assertThat(TestDatabase.get().count(org.hearth.schema.generated.tenants.Tables.DECLARED_TRANSACTIONS,
                org.hearth.schema.generated.tenants.Tables.DECLARED_TRANSACTIONS.AGREEMENT_ID.eq(UUID.fromString(agreement)))).as("stored").isEqualTo(1);
        assertThat(used(agreement, "transaction_value")).as("nothing refused was counted").isEqualByComparingTo("120.50");
    }
}
