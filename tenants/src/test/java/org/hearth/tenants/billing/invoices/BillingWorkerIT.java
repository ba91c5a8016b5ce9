package org.hearth.tenants.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.schema.generated.tenants.Tables.TENANTS_;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.crypto.SigningKeys;
import org.hearth.kernel.db.Db;
import org.hearth.tenants.TenantsDatabase;
import org.hearth.tenants.billing.plans.PlanChanges;
import org.hearth.tenants.billing.plans.PlanStore;
import org.hearth.tenants.clients.ClientService;
import org.hearth.tenants.keys.TenantKeys;
import org.hearth.web.security.AccessTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The billing worker, running, puts a tenant on the plan a change dated in the future names once that day has come. */
class BillingWorkerIT {

    private static final Clock DECEMBER_2 = Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC);
    private static final Clock DECEMBER_10 = Clock.fixed(Instant.parse("2026-12-10T00:03:00Z"), ZoneOffset.UTC);

    private final Db db = TenantsDatabase.app();
    private final ClientService clients = new ClientService(db, new AccessTokens(SigningKeys.fromJwk(SigningKeys.generateJwk()), "http://localhost",
            Duration.ofMinutes(15), Clock.systemUTC()), new TenantKeys(db, TenantsDatabase.masterKeys()), Map.of("sandbox", 20.0));

    @BeforeEach
    void reset() {
        TenantsDatabase.reset();
    }

    @Test
    void onTheDayOfAChangeTheWorkersDailyPassSetsTheTenantsCurrentPlan() {
        PlanStore plans = new PlanStore(db, DECEMBER_2);
        plans.seed(CallContext.system("test.seed"));
        UUID tenant = clients.createTenantWithClient("Grows in December", "company").tenantId();
        db.system(CallContext.system("test.tenant"), tx -> tx.update(TENANTS_).set(TENANTS_.PLAN, "standard")
                .set(TENANTS_.CREATED_AT, OffsetDateTime.parse("2026-10-15T09:00:00Z")).where(TENANTS_.ID.eq(tenant)).execute());
        new PlanChanges(db, plans::catalogue, DECEMBER_2).change(CallContext.system("test.change"), tenant, "enterprise", LocalDate.of(2026, 12, 10));
        assertThat(currentPlan(tenant)).isEqualTo("standard");

        var worker = Invoicing.create(db, DECEMBER_10, (tx, t, period) -> java.util.List.of(), Invoicing.DEFAULT_SELLER, plans)
                .worker(Duration.ofMinutes(5));
        worker.start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!currentPlan(tenant).equals("enterprise") && System.nanoTime() < deadline) {
                LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            }
        } finally {
            worker.close();
        }

        assertThat(currentPlan(tenant)).isEqualTo("enterprise");
        assertThat(TenantsDatabase.audit(BillingWorker.PLAN_DAY)).hasSize(1);
    }

    private String currentPlan(UUID tenant) {
        return db.read(TenantsDatabase.scope(tenant), "test.plan", tx -> tx.select(TENANTS_.PLAN).from(TENANTS_)
                .where(TENANTS_.ID.eq(tenant)).fetchSingle().value1());
    }
}
