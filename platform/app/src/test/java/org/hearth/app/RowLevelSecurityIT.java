package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.schema.generated.datastore.Tables.AGREEMENTS;
import static org.hearth.schema.generated.tenants.Tables.DATA_REQUESTS;

import java.util.Map;
import java.util.UUID;
import org.hearth.tenants.clients.ClientCredentials;
import org.hearth.tenants.requests.NewDataRequest;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The second guard: with the repositories' tenant predicates taken away, PostgreSQL's row-level
 * security still shows and accepts only the current tenant's rows.
 */
class RowLevelSecurityIT {

    private static Platform platform;
    private static UUID tenantA;
    private static UUID tenantB;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of());
        ClientCredentials a = platform.modules().tenants().clients().createTenantWithClient("Tenant A", "company");
        ClientCredentials b = platform.modules().tenants().clients().createTenantWithClient("Tenant B", "company");
        tenantA = a.tenantId();
        tenantB = b.tenantId();
        var requests = platform.modules().tenants().requests();
        for (UUID tenant : new UUID[] {tenantA, tenantA, tenantB}) {
            requests.publish(tenant, new NewDataRequest("Ask", "dpv:ServiceProvision", "Why", java.util.List.of("dpv-pd:Address"),
                    java.util.List.of("read"), 30, 0, "dpv:Consent", "https://example.org/privacy"));
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
        int requestsSeenByB = platform.db().asTenant(tenantB, "test.unfiltered", dsl -> dsl.fetchCount(DATA_REQUESTS));
        int agreementsSeenByB = platform.db().asTenant(tenantB, "test.unfiltered", dsl -> dsl.fetchCount(AGREEMENTS));
        int requestsSeenByA = platform.db().asTenant(tenantA, "test.unfiltered", dsl -> dsl.fetchCount(DATA_REQUESTS));
        int agreementsSeenByA = platform.db().asTenant(tenantA, "test.unfiltered", dsl -> dsl.fetchCount(AGREEMENTS));
        assertThat(requestsSeenByB).isEqualTo(1);
        assertThat(agreementsSeenByB).isZero();
        assertThat(requestsSeenByA).isEqualTo(2);
        assertThat(agreementsSeenByA).isEqualTo(2);
        int all = platform.db().read("test.all", dsl -> dsl.fetchCount(DATA_REQUESTS));
        assertThat(all).as("without a tenant context the code's predicates are the guard").isEqualTo(3);
    }

    @Test
    @DisplayName("Run for tenant B, changing or writing tenant A's rows is refused by the database")
    void writesAreConfinedWithoutTheCodeFilter() {
        int closed = platform.db().asTenant(tenantB, "test.update", dsl -> dsl.update(DATA_REQUESTS).set(DATA_REQUESTS.STATUS, "closed")
                .where(DATA_REQUESTS.TENANT_ID.eq(tenantA)).execute());
        assertThat(closed).isZero();
        assertThatThrownBy(() -> platform.db().asTenant(tenantB, "test.insert", dsl -> dsl.insertInto(DATA_REQUESTS)
                .set(DATA_REQUESTS.ID, UUID.randomUUID()).set(DATA_REQUESTS.TENANT_ID, tenantA).set(DATA_REQUESTS.CODE, "FORGED0001")
                .set(DATA_REQUESTS.TITLE, "x").set(DATA_REQUESTS.PURPOSE, "dpv:x").set(DATA_REQUESTS.DESCRIPTION, "x")
                .set(DATA_REQUESTS.CATEGORIES, new String[] {"dpv-pd:Address"}).set(DATA_REQUESTS.ACCESS_MODES, new String[] {"read"})
                .set(DATA_REQUESTS.DURATION_DAYS, 1).set(DATA_REQUESTS.RETENTION_DAYS, 0).set(DATA_REQUESTS.LAWFUL_BASIS, "x")
                .set(DATA_REQUESTS.POLICY_URL, "https://x").execute()))
                .hasMessageContaining("row-level security");
    }
}
