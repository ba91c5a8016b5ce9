package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.schema.generated.platform.Tables.AUDIT_LOG;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.Credential;
import org.hearth.kernel.actor.RequestId;
import org.hearth.kernel.actor.TenantGuard;
import org.hearth.tenants.clients.ClientCredentials;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The audit trail's read side: what operators see of who wrote what, and what nobody can change. */
class AuditTrailIT {

    private static Platform platform;
    private static Staff operator;
    private static UUID individual;
    private static UUID tenant;
    private static String operatorRead;
    private static Instant beforeWrites;

    @BeforeAll
    static void start() throws InterruptedException {
        platform = TestPlatform.start(Map.of());
        operator = Staff.signIn(platform, "auditor@hearth.example", "an operator's long pass", Set.of("operator"));
        Http http = new Http(platform.port());
        String token = Http.bearer(TestPlatform.individual(http, "audited@example.org", "audited individual"));
        individual = UUID.fromString(Http.json(http.get("/api/v1/me", "Authorization", token)).getString("id"));
        ClientCredentials client = platform.modules().tenants().clients().createTenantWithClient("Audited Tenant", "company");
        tenant = client.tenantId();
        beforeWrites = Instant.now();
        // The writes below must be stamped strictly after it: wait for the clock to move on.
        while (!Instant.now().isAfter(beforeWrites.plusMillis(1))) {
            Thread.onSpinWait();
        }
        // One audited write by an individual (with a personal token) and one by a tenant (its OAuth client, in its scope).
        platform.db().write(new CallContext(Actor.individual(individual, new Credential.PersonalToken(UUID.randomUUID())), "createRecord",
                new RequestId("req-individual-1")), dsl -> dsl.selectOne().execute());
        Actor tenantActor = Actor.client(tenant, client.clientId());
        platform.db().write(new CallContext(tenantActor, "createDelivery", new RequestId("req-tenant-1")), TenantGuard.admit(tenantActor),
                dsl -> dsl.selectOne().execute());
        // And one by a staff member, through HTTP: an operator's listing is itself an audited unit of work.
        HttpResponse<String> read = operator.http.get("/api/v1/operator/audit?limit=1", "X-Request-Id", "req-staff-1");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        operatorRead = "req-staff-1";
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static JsonArray items(String query) {
        return operator.get("/api/v1/operator/audit" + query).getJsonArray("items");
    }

    private static JsonObject only(JsonArray items, String requestId) {
        List<JsonObject> matching = items.stream().map(JsonObject.class::cast).filter(i -> requestId.equals(i.getString("requestId"))).toList();
        assertThat(matching).as("entries of request %s in %s", requestId, items).hasSize(1);
        return matching.getFirst();
    }

    @Test
    @DisplayName("A write by an individual, a tenant and a staff member each appear, newest first, with kind, credential, operation, request and scope")
    void eachKindOfActorAppears() {
        JsonArray items = items("");
        JsonObject byIndividual = only(items, "req-individual-1");
        assertThat(byIndividual.getString("actorKind")).isEqualTo("individual");
        assertThat(byIndividual.getString("actorId")).isEqualTo(individual.toString());
        assertThat(byIndividual.getString("credential")).isEqualTo("personal_token");
        assertThat(byIndividual.getString("operation")).isEqualTo("createRecord");
        assertThat(byIndividual.getString("scope")).isEqualTo("actor");
        assertThat(byIndividual.containsKey("tenantId")).isFalse();
        JsonObject byTenant = only(items, "req-tenant-1");
        assertThat(byTenant.getString("actorKind")).isEqualTo("tenant");
        assertThat(byTenant.getString("actorId")).isEqualTo(tenant.toString());
        assertThat(byTenant.getString("credential")).isEqualTo("client");
        assertThat(byTenant.getString("tenantId")).isEqualTo(tenant.toString());
        assertThat(byTenant.getString("scope")).isEqualTo("tenant");
        JsonObject byStaff = only(items, operatorRead);
        assertThat(byStaff.getString("actorKind")).isEqualTo("staff");
        assertThat(byStaff.getString("credential")).isEqualTo("session");
        assertThat(byStaff.getString("operation")).isEqualTo("listAuditEntries");
        assertThat(byStaff.getString("scope")).isEqualTo("system");
        assertThat(byStaff.getString("actorPerson")).isEqualTo(byStaff.getString("actorId"));
        List<Long> ids = items.stream().map(i -> ((JsonObject) i).getLong("id")).toList();
        assertThat(ids).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(items.encode()).doesNotContain("audited@example.org").doesNotContain("auditor@hearth.example");
    }

    @Test
    @DisplayName("Filters by actor, tenant, operation and time select only the matching entries")
    void filters() {
        JsonArray byActor = items("?actor=" + individual);
        assertThat(byActor).isNotEmpty();
        assertThat(byActor.stream().map(i -> ((JsonObject) i).getString("actorId")).distinct().toList()).containsExactly(individual.toString());
        JsonArray byTenant = items("?tenant=" + tenant);
        assertThat(byTenant.stream().map(i -> ((JsonObject) i).getString("requestId")).toList()).contains("req-tenant-1");
        assertThat(byTenant.stream().map(i -> ((JsonObject) i).getString("tenantId")).distinct().toList()).containsExactly(tenant.toString());
        JsonArray byOperation = items("?operation=createDelivery");
        assertThat(byOperation.stream().map(i -> ((JsonObject) i).getString("requestId")).toList()).containsExactly("req-tenant-1");
        assertThat(items("?operation=createRecord&tenant=" + tenant)).isEmpty();
        assertThat(items("?to=" + beforeWrites + "&operation=createRecord")).isEmpty();
        assertThat(items("?from=" + beforeWrites + "&operation=createRecord")).hasSize(1);
        assertThat(items("?from=" + Instant.now().plusSeconds(3600))).isEmpty();
    }

    @Test
    @DisplayName("Pages of `limit` entries follow each other through the nextBefore cursor, without overlap")
    void paging() {
        JsonObject first = operator.get("/api/v1/operator/audit?limit=1");
        assertThat(first.getJsonArray("items")).hasSize(1);
        long cursor = first.getLong("nextBefore");
        JsonObject second = operator.get("/api/v1/operator/audit?limit=1&before=" + cursor);
        assertThat(second.getJsonArray("items")).hasSize(1);
        assertThat(second.getJsonArray("items").getJsonObject(0).getLong("id")).isLessThan(cursor);
        JsonObject all = operator.get("/api/v1/operator/audit?limit=500&actor=" + individual);
        assertThat(all.containsKey("nextBefore")).isFalse();
    }

    @Test
    @DisplayName("Bad filters get a 400 problem carrying the request id, and leave the trail as it was")
    void badFilters() {
        long before = count();
        for (String query : List.of("actor=not-an-id", "tenant=42", "limit=0", "limit=501", "limit=ten", "before=-1", "from=yesterday",
                "to=2026-13-01T00:00:00Z", "operation=%3Cscript%3E", "from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z")) {
            HttpResponse<String> answer = operator.http.get("/api/v1/operator/audit?" + query, "X-Request-Id", "bad-filter-1");
            assertThat(answer.statusCode()).as(query + " " + answer.body()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(answer.headers().firstValue("X-Request-Id")).hasValue("bad-filter-1");
            assertThat(Http.json(answer).getString("requestId")).isEqualTo("bad-filter-1");
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @DisplayName("Only operators read the trail: a board member and an individual get 403, nobody signed in 401")
    void onlyOperators() {
        Staff board = Staff.signIn(platform, "board-audit@hearth.example", "a board member's pass", Set.of("board"));
        assertThat(board.http.get("/api/v1/operator/audit").statusCode()).isEqualTo(403);
        assertThat(board.http.get("/staff/audit", "Accept", "text/html").statusCode()).isEqualTo(403);
        Http http = new Http(platform.port());
        String token = Http.bearer(TestPlatform.individual(http, "curious@example.org", "a curious individual"));
        assertThat(http.get("/api/v1/operator/audit", "Authorization", token).statusCode()).isEqualTo(403);
        assertThat(http.get("/api/v1/operator/audit").statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("The operator's page shows the filtered entries in a table, with a link to older ones")
    void page() {
        HttpResponse<String> page = operator.http.get("/staff/audit?limit=1&operation=createRecord", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<table id=\"audit\"").contains("req-individual-1").contains(individual.toString())
                .doesNotContain("req-tenant-1").doesNotContain("id=\"older\"");
        HttpResponse<String> paged = operator.http.get("/staff/audit?limit=1", "Accept", "text/html");
        assertThat(paged.body()).contains("id=\"older\"").contains("limit=1&amp;before=");
        assertThat(operator.http.get("/staff", "Accept", "text/html").body()).contains("href=\"/staff/audit\"");
        HttpResponse<String> bad = operator.http.get("/staff/audit?actor=nobody", "Accept", "text/html");
        assertThat(bad.statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("The application's role cannot update or delete the audit trail")
    void appendOnly() {
        long before = count();
        Long first = platform.db().read("test.audit.first", dsl -> dsl.select(org.jooq.impl.DSL.min(AUDIT_LOG.ID)).from(AUDIT_LOG).fetchOne(0, Long.class));
        CallContext ctx = CallContext.system("test.tamper");
        // Refused by the grants (only SELECT and INSERT), and behind them by the table's trigger.
        assertThatThrownBy(() -> platform.db().write(ctx, dsl -> dsl.deleteFrom(AUDIT_LOG).execute()))
                .hasStackTraceContaining("permission denied for table audit_log");
        assertThatThrownBy(() -> platform.db().write(ctx, dsl -> dsl.update(AUDIT_LOG).set(AUDIT_LOG.OPERATION, "forged").execute()))
                .hasStackTraceContaining("permission denied for table audit_log");
        assertThatThrownBy(() -> platform.db().write(ctx, dsl -> dsl.truncate(AUDIT_LOG).execute()))
                .hasStackTraceContaining("permission denied for table audit_log");
        assertThat(count()).isEqualTo(before);
        Long firstAfter = platform.db().read("test.audit.first", dsl -> dsl.select(org.jooq.impl.DSL.min(AUDIT_LOG.ID)).from(AUDIT_LOG).fetchOne(0, Long.class));
        assertThat(firstAfter).as("the oldest entry is still there").isEqualTo(first);
        int forged = platform.db().read("test.audit.forged", dsl -> dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.OPERATION.eq("forged")));
        assertThat(forged).isZero();
    }

    /**
     * The rows people's requests left: the platform's own jobs (the outbox dispatcher publishing
     * the events of earlier tests, the webhook sender) may append theirs at any moment.
     */
    private static long count() {
        int rows = platform.db().read("test.audit.count", dsl -> dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTOR_KIND.ne("system")));
        return rows;
    }
}
