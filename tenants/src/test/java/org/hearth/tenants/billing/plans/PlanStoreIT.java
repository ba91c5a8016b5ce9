package org.hearth.tenants.billing.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.schema.generated.tenants.Tables.PLANS;
import static org.hearth.schema.generated.tenants.Tables.PLAN_VERSIONS;
import static org.hearth.schema.generated.tenants.Tables.TENANTS_;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.RequestId;
import org.hearth.kernel.crypto.SigningKeys;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.testing.TestDatabase;
import org.hearth.tenants.TenantsDatabase;
import org.hearth.tenants.billing.invoices.Invoice;
import org.hearth.tenants.billing.invoices.Invoicing;
import org.hearth.tenants.billing.pricing.ChargeModel;
import org.hearth.tenants.billing.pricing.Plan;
import org.hearth.tenants.billing.pricing.PlanDocument;
import org.hearth.tenants.clients.ClientService;
import org.hearth.tenants.keys.TenantKeys;
import org.hearth.web.security.AccessTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Plans stored in PostgreSQL: the seed, operators' new versions, the close that rates with them, and plan changes on their day. */
class PlanStoreIT {

    private static final Clock DECEMBER_2 = Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final org.hearth.tenants.billing.invoices.AgreementDays NO_AGREEMENT_DAYS = (tx, tenant, period) -> java.util.List.of();

    private final Db db = TenantsDatabase.app();
    private final ClientService clients = new ClientService(db, new AccessTokens(SigningKeys.fromJwk(SigningKeys.generateJwk()), "http://localhost",
            Duration.ofMinutes(15), Clock.systemUTC()), new TenantKeys(db, TenantsDatabase.masterKeys()), Map.of("sandbox", 20.0));
    private final CallContext operator = new CallContext(Actor.staff(UUID.randomUUID(), java.util.Set.of("operator")), "test.plans.operator",
            RequestId.generate());

    @BeforeEach
    void reset() {
        TenantsDatabase.reset();
    }

    @Test
    void theSeedStoresTheShippedPlansOnceAndARestartWritesNothing() {
        PlanStore store = new PlanStore(db, DECEMBER_2);

        assertThat(store.seed(CallContext.system(PlanStore.SEED))).isEqualTo(3);

        assertThat(store.catalogue()).isEqualTo(PlanDocument.shipped());
        assertThat(store.plans()).extracting(StoredPlan::code, StoredPlan::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sandbox", 1), org.assertj.core.groups.Tuple.tuple("standard", 2),
                        org.assertj.core.groups.Tuple.tuple("enterprise", 3));
        assertThat(TenantsDatabase.audit(PlanStore.SEED)).hasSize(1);

        PlanStore restarted = new PlanStore(db, DECEMBER_2);
        assertThat(restarted.seed(CallContext.system(PlanStore.SEED))).isZero();

        assertThat(restarted.catalogue()).isEqualTo(PlanDocument.shipped());
        assertThat(TestDatabase.get().count(PLAN_VERSIONS)).isEqualTo(3);
        assertThat(TenantsDatabase.audit(PlanStore.SEED)).as("a restart leaves no trace").hasSize(1);
    }

    @Test
    void aNewVersionIsUsedByTheNextCloseForAPeriodAfterItsDateAndNotBefore() {
        PlanStore store = new PlanStore(db, DECEMBER_2);
        store.seed(CallContext.system(PlanStore.SEED));
        Invoicing december = Invoicing.create(db, DECEMBER_2, NO_AGREEMENT_DAYS, Invoicing.DEFAULT_SELLER, store);
        Invoicing february = Invoicing.create(db, Clock.fixed(Instant.parse("2027-02-02T08:00:00Z"), ZoneOffset.UTC), NO_AGREEMENT_DAYS,
                Invoicing.DEFAULT_SELLER, store);
        UUID tenant = tenant("Repriced", "standard");

        var added = store.addVersion(operator, "standard", standardWithSubscription("2027-01-01", "59.00"));

        assertThat(added.prices().version()).isEqualTo(2);
        assertThat(added.createdBy()).isEqualTo(operator.actor().id());
        assertThat(TenantsDatabase.audit("test.plans.operator")).hasSize(1);
        Invoice november = december.invoices().get(TenantsDatabase.scope(tenant),
                december.close().close(operator, YearMonth.of(2026, 11)).issued().getFirst());
        assertThat(subscription(november)).isEqualTo("standard 1 49.00");
        Invoice january = february.invoices().get(TenantsDatabase.scope(tenant),
                february.close().close(operator, YearMonth.of(2027, 1)).issued().getFirst());
        assertThat(subscription(january)).as("rated with the catalogue as it is at the close").isEqualTo("standard 2 59.00");
    }

    @Test
    void aRestartKeepsTheOperatorsVersion() {
        PlanStore store = new PlanStore(db, DECEMBER_2);
        store.seed(CallContext.system(PlanStore.SEED));
        store.addVersion(operator, "standard", standardWithSubscription("2027-01-01", "59.00"));

        PlanStore restarted = new PlanStore(db, DECEMBER_2);
        restarted.seed(CallContext.system(PlanStore.SEED));

        Plan standard = restarted.catalogue().plan("standard").orElseThrow();
        assertThat(standard.versions()).extracting(v -> v.version() + " " + v.effectiveFrom()).containsExactly("1 2026-01-01", "2 2027-01-01");
        assertThat(standard.versionOn(LocalDate.of(2027, 1, 1)).orElseThrow().components().getFirst().model())
                .isEqualTo(new ChargeModel.Subscription(new java.math.BigDecimal("59.00")));
    }

    @Test
    void aVersionThatIsInvalidOrDatedInThePastIsRefusedNamingTheFieldAndNothingIsStored() {
        PlanStore store = new PlanStore(db, DECEMBER_2);
        store.seed(CallContext.system(PlanStore.SEED));
        ObjectNode badTier = standardWithSubscription("2027-01-01", "59.00");
        ((ObjectNode) badTier.withArray("components").get(1).withArray("tiers").get(0)).put("unit_price", "ten");

        assertThatThrownBy(() -> store.addVersion(operator, "standard", badTier)).isInstanceOfSatisfying(HearthException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.PLAN_INVALID);
            assertThat(e.extensions()).containsEntry("field", "components[1].tiers[0].unit_price");
        });
        assertThatThrownBy(() -> store.addVersion(operator, "standard", standardWithSubscription("2026-12-01", "59.00")))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.extensions()).containsEntry("field", "effective_from"));
        assertThatThrownBy(() -> store.addVersion(operator, "premium", standardWithSubscription("2027-01-01", "59.00")))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        store.addVersion(operator, "standard", standardWithSubscription("2027-01-01", "59.00"));
        assertThatThrownBy(() -> store.addVersion(operator, "standard", standardWithSubscription("2027-01-01", "69.00")))
                .as("not after the latest version's date")
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.extensions()).containsEntry("field", "effective_from"));

        assertThat(TestDatabase.get().count(PLAN_VERSIONS)).isEqualTo(4);
        assertThat(store.catalogue().plan("standard").orElseThrow().versions()).hasSize(2);
    }

    @Test
    void aChangeDatedInTheFutureFlipsTheCurrentPlanOnlyOnItsDayThroughTheDailyPass() {
        PlanStore store = new PlanStore(db, DECEMBER_2);
        store.seed(CallContext.system(PlanStore.SEED));
        UUID tenant = tenant("Upgrader", "standard");
        PlanChanges today = new PlanChanges(db, store::catalogue, DECEMBER_2);

        today.change(operator, tenant, "enterprise", LocalDate.of(2026, 12, 10));

        assertThat(currentPlan(tenant)).isEqualTo("standard");
        assertThat(today.applyDue(CallContext.system("job.billing.plan_day"))).isZero();
        assertThat(currentPlan(tenant)).as("a change dated in the future never flips early").isEqualTo("standard");
        assertThat(TenantsDatabase.audit("job.billing.plan_day")).as("a pass with nothing due leaves no trace").isEmpty();

        PlanChanges onTheDay = new PlanChanges(db, store::catalogue, Clock.fixed(Instant.parse("2026-12-10T00:05:00Z"), ZoneOffset.UTC));
        assertThat(onTheDay.applyDue(CallContext.system("job.billing.plan_day"))).isEqualTo(1);

        assertThat(currentPlan(tenant)).isEqualTo("enterprise");
        assertThat(TenantsDatabase.audit("job.billing.plan_day")).hasSize(1);
        assertThat(onTheDay.applyDue(CallContext.system("job.billing.plan_day"))).isZero();
        assertThat(TenantsDatabase.audit("job.billing.plan_day")).hasSize(1);
    }

    @Test
    void theApplicationMayAppendVersionsButNeverRewriteOrRemoveOne() {
        new PlanStore(db, DECEMBER_2).seed(CallContext.system(PlanStore.SEED));

        assertThatThrownBy(() -> db.system(operator, tx -> tx.update(PLAN_VERSIONS).set(PLAN_VERSIONS.EFFECTIVE_FROM, LocalDate.of(2020, 1, 1))
                .execute())).hasMessageContaining("permission denied");
        assertThatThrownBy(() -> db.system(operator, tx -> tx.deleteFrom(PLAN_VERSIONS).execute())).hasMessageContaining("permission denied");
        int unscoped = db.read("test.unscoped", tx -> tx.fetchCount(PLANS));
        assertThat(unscoped).as("outside the system scope no plan is visible").isZero();
        assertThat(TestDatabase.get().count(PLAN_VERSIONS)).isEqualTo(3);
    }

    @Test
    void aTenantMayBePutOnAPlanAnOperatorCreated() {
        PlanStore store = new PlanStore(db, DECEMBER_2);
        store.seed(CallContext.system(PlanStore.SEED));
        UUID tenant = tenant("Public body", "standard");
        ObjectNode first = standardWithSubscription("2026-12-02", "29.00");

        StoredPlan created = store.create(operator, new PlanStore.NewPlan("eu-public-sector", Map.of("en", "EU public sector", "fr", "Secteur public UE"),
                first));

        assertThat(created.position()).isEqualTo(4);
        assertThat(created.latest().prices().version()).isEqualTo(1);
        assertThatThrownBy(() -> store.create(operator, new PlanStore.NewPlan("eu-public-sector", Map.of("en", "Again", "fr", "Encore"), first)))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PLAN_EXISTS));
        assertThat(TestDatabase.get().count(PLANS)).isEqualTo(4);
        new PlanChanges(db, store::catalogue, DECEMBER_2).change(operator, tenant, "eu-public-sector", LocalDate.of(2026, 12, 2));
        assertThat(currentPlan(tenant)).isEqualTo("eu-public-sector");
    }

    private static String subscription(Invoice invoice) {
        return invoice.lines().stream().filter(l -> l.componentCode().equals("subscription"))
                .map(l -> l.planCode() + " " + l.planVersion() + " " + l.amount().amount().toPlainString()).findFirst().orElseThrow();
    }

    /** The shipped standard version, from {@code from}, with another subscription fee. */
    private static ObjectNode standardWithSubscription(String from, String fee) {
        try {
            var shipped = JSON.readTree(PlanStoreIT.class.getResourceAsStream(PlanDocument.SHIPPED));
            ObjectNode version = ((ObjectNode) shipped.get("plans").get(1).get("versions").get(0)).deepCopy();
            version.remove("version");
            version.put("effective_from", from);
            ((ObjectNode) version.withArray("components").get(0)).put("price", fee);
            return version;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private UUID tenant(String name, String plan) {
        UUID id = clients.createTenantWithClient(name, "company").tenantId();
        db.system(CallContext.system("test.tenant"), tx -> tx.update(TENANTS_).set(TENANTS_.PLAN, plan)
                .set(TENANTS_.CREATED_AT, OffsetDateTime.parse("2026-10-15T09:00:00Z")).where(TENANTS_.ID.eq(id)).execute());
        return id;
    }

    private String currentPlan(UUID tenant) {
        return db.read(TenantsDatabase.scope(tenant), "test.plan", tx -> tx.select(TENANTS_.PLAN).from(TENANTS_)
                .where(TENANTS_.ID.eq(tenant)).fetchSingle().value1());
    }
}
