package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.schema.generated.datastore.Tables.AGREEMENTS;
import static org.hearth.schema.generated.tenants.Tables.DATA_REQUESTS;
import static org.hearth.schema.generated.tenants.Tables.TENANTS_;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.RequestId;
import org.hearth.kernel.actor.TenantGuard;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.tenants.clients.ClientCredentials;
import org.hearth.tenants.requests.NewDataRequest;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The second guard: with the repositories' tenant predicates taken away, PostgreSQL's row-level
 * security still shows and accepts only the current tenant's rows; and it fails closed: a query
 * run with no scope at all sees nothing in any tenant-owned table.
 */
class RowLevelSecurityIT {

    /**
     * Tables with a {@code tenant_id} column that are not tenant-owned. The audit trail records the
     * tenant a write was for, but it is the platform's record, read by operators across tenants.
     */
    private static final List<String> NOT_TENANT_OWNED = List.of("platform.audit_log");
    /** Tenant-owned tables without a {@code tenant_id} column (the tenant row itself) and the platform-only fan-out cursor. */
    private static final List<String> ALSO_GUARDED = List.of("tenants.tenants", "tenants.outbox_cursors");

    private static Platform platform;
    private static TenantScope tenantA;
    private static TenantScope tenantB;
    private static CallContext actingForB;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of());
        ClientCredentials a = platform.modules().tenants().clients().createTenantWithClient("Tenant A", "company");
        ClientCredentials b = platform.modules().tenants().clients().createTenantWithClient("Tenant B", "company");
        tenantA = TenantGuard.admit(Actor.client(a.tenantId(), a.clientId()));
        tenantB = TenantGuard.admit(Actor.client(b.tenantId(), b.clientId()));
        actingForB = new CallContext(Actor.client(b.tenantId(), b.clientId()), "test.rls", RequestId.generate());
        var requests = platform.modules().tenants().requests();
        for (ClientCredentials tenant : new ClientCredentials[] {a, a, b}) {
            CallContext ctx = new CallContext(Actor.client(tenant.tenantId(), tenant.clientId()), "createDataRequest", RequestId.generate());
            requests.publish(ctx, TenantGuard.admit(ctx.actor()), new NewDataRequest("Ask", "dpv:ServiceProvision", "Why", List.of("dpv-pd:Address"),
                    List.of("read"), 30, 0, "dpv:Consent", "https://example.org/privacy"));
        }
        Http http = new Http(platform.port());
        String individual = Http.bearer(TestPlatform.individual(http, "rls@example.org", "row level security"));
        for (var listed : requests.list(tenantA)) {
            http.postJson("/api/v1/me/agreements", "{\"code\":\"" + listed.code() + "\"}", "Authorization", individual);
        }
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    @DisplayName("The application works as a role that row-level security binds")
    void applicationRole() {
        String role = platform.db().read("test.role", dsl -> dsl.select(DSL.currentUser()).fetchOne(0, String.class));
        assertThat(role).isEqualTo("hearth_app");
    }

    @Test
    @DisplayName("A query with no tenant predicate, run for tenant B, sees none of tenant A's requests or agreements")
    void readsAreConfinedWithoutTheCodeFilter() {
        int requestsSeenByB = platform.db().read(tenantB, "test.unfiltered", dsl -> dsl.fetchCount(DATA_REQUESTS));
        int agreementsSeenByB = platform.db().read(tenantB, "test.unfiltered", dsl -> dsl.fetchCount(AGREEMENTS));
        int requestsSeenByA = platform.db().read(tenantA, "test.unfiltered", dsl -> dsl.fetchCount(DATA_REQUESTS));
        int agreementsSeenByA = platform.db().read(tenantA, "test.unfiltered", dsl -> dsl.fetchCount(AGREEMENTS));
        int tenantsSeenByB = platform.db().read(tenantB, "test.unfiltered", dsl -> dsl.fetchCount(TENANTS_));
        assertThat(requestsSeenByB).isEqualTo(1);
        assertThat(agreementsSeenByB).isZero();
        assertThat(requestsSeenByA).isEqualTo(2);
        assertThat(agreementsSeenByA).isEqualTo(2);
        assertThat(tenantsSeenByB).as("a tenant sees its own tenant row only").isEqualTo(1);
        int unscoped = platform.db().read("test.all", dsl -> dsl.fetchCount(DATA_REQUESTS));
        assertThat(unscoped).as("without a scope, row-level security fails closed").isZero();
        int all = platform.db().system(CallContext.system("test.rls"), dsl -> dsl.fetchCount(DATA_REQUESTS));
        assertThat(all).as("the audited system scope sees every tenant's rows").isEqualTo(3);
    }

    @Test
    @DisplayName("Run for tenant B, changing or writing tenant A's rows is refused by the database")
    void writesAreConfinedWithoutTheCodeFilter() {
        int closed = platform.db().write(actingForB, tenantB, dsl -> dsl.update(DATA_REQUESTS).set(DATA_REQUESTS.STATUS, "closed")
                .where(DATA_REQUESTS.TENANT_ID.eq(tenantA.tenantId())).execute());
        assertThat(closed).isZero();
        assertThatThrownBy(() -> platform.db().write(actingForB, tenantB, dsl -> dsl.insertInto(DATA_REQUESTS)
                .set(DATA_REQUESTS.ID, UUID.randomUUID()).set(DATA_REQUESTS.TENANT_ID, tenantA.tenantId()).set(DATA_REQUESTS.CODE, "FORGED0001")
                .set(DATA_REQUESTS.TITLE, "x").set(DATA_REQUESTS.PURPOSE, "dpv:x").set(DATA_REQUESTS.DESCRIPTION, "x")
                .set(DATA_REQUESTS.CATEGORIES, new String[] {"dpv-pd:Address"}).set(DATA_REQUESTS.ACCESS_MODES, new String[] {"read"})
                .set(DATA_REQUESTS.DURATION_DAYS, 1).set(DATA_REQUESTS.RETENTION_DAYS, 0).set(DATA_REQUESTS.LAWFUL_BASIS, "x")
                .set(DATA_REQUESTS.POLICY_URL, "https://x").execute()))
                .hasMessageContaining("row-level security");
        int forged = platform.db().system(CallContext.system("test.rls"), dsl -> dsl.fetchCount(DATA_REQUESTS, DATA_REQUESTS.CODE.eq("FORGED0001")));
        assertThat(forged).isZero();
    }

    @Test
    @DisplayName("Every tenant-owned table in the catalogue is under row-level security, and with no scope shows none of its rows")
    void everyTenantOwnedTableFailsClosed() {
        List<String> owned = tenantOwnedTables();
        assertThat(owned).contains("tenants.tenants", "tenants.clients", "tenants.data_requests", "tenants.webhook_attempts",
                "tenants.idempotency_keys", "datastore.agreements");
        List<String> populated = new ArrayList<>();
        for (String table : owned) {
            var name = DSL.table(DSL.name(table.split("\\.")));
            boolean guarded = platform.db().read("test.catalogue", dsl -> dsl.select(DSL.field("relrowsecurity", Boolean.class))
                    .from(DSL.table(DSL.name("pg_catalog", "pg_class"))).where(DSL.field("oid").eq(DSL.field("{0}::regclass", Object.class, DSL.val(table))))
                    .fetchOne(0, Boolean.class));
            assertThat(guarded).as(table + " is under row-level security").isTrue();
            int unscoped = platform.db().read("test.unscoped", dsl -> dsl.fetchCount(name));
            int system = platform.db().system(CallContext.system("test.rls"), dsl -> dsl.fetchCount(name));
            assertThat(unscoped).as(table + " without any scope").isZero();
            if (system > 0) {
                populated.add(table);
            }
        }
        assertThat(populated).as("the tables this test filled, so that 'sees nothing' is not vacuous")
                .contains("tenants.tenants", "tenants.clients", "tenants.data_requests", "tenants.signing_keys", "datastore.agreements");
    }

    /** Every table of a Hearth schema with a tenant_id column, and the tables guarded without one. */
    private static List<String> tenantOwnedTables() {
        List<String> tables = new ArrayList<>(platform.db().read("test.catalogue", dsl -> dsl
                .select(DSL.field("table_schema", String.class).concat(".").concat(DSL.field("table_name", String.class)))
                .from(DSL.table(DSL.name("information_schema", "columns")))
                .where(DSL.field("column_name").eq("tenant_id"))
                .and(DSL.field("table_schema").in("platform", "keys", "datastore", "tenants", "governance", "reporting"))
                .fetch(0, String.class)));
        tables.removeAll(NOT_TENANT_OWNED);
        tables.addAll(ALSO_GUARDED);
        return tables;
    }
}
