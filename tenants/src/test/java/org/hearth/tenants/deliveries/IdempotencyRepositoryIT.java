package org.hearth.tenants.deliveries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.schema.generated.tenants.Tables.IDEMPOTENCY_KEYS;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.Credential;
import org.hearth.kernel.actor.RequestId;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.testing.TestDatabase;
import org.hearth.tenants.TenantsDatabase;
import org.hearth.tenants.clients.ClientService;
import org.hearth.tenants.keys.TenantKeys;
import org.hearth.web.security.AccessTokens;
import org.hearth.kernel.crypto.SigningKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The idempotency store of deliveries under row-level security: the tenant's scope, the sweep's system scope, the individual's erasure. */
class IdempotencyRepositoryIT {

    private final Db db = TenantsDatabase.app();
    private final IdempotencyRepository keys = new IdempotencyRepository();
    private final ClientService clients = new ClientService(db, new AccessTokens(SigningKeys.fromJwk(SigningKeys.generateJwk()), "http://localhost",
            Duration.ofMinutes(15), Clock.systemUTC()), new TenantKeys(db, TenantsDatabase.masterKeys()), Map.of("sandbox", 20.0));
    private UUID acme;
    private UUID other;

    @BeforeEach
    void twoTenants() {
        TenantsDatabase.reset();
        acme = clients.createTenantWithClient("Acme", "company").tenantId();
        other = clients.createTenantWithClient("Other", "company").tenantId();
    }

    private void save(UUID tenant, byte[] keyHash, UUID individual) {
        TenantScope scope = TenantsDatabase.scope(tenant);
        db.write(TenantsDatabase.clientCall(tenant, "deliverRecord"), scope, tx -> {
            keys.save(tx, scope, keyHash, "deliverRecord", new IdempotencyRepository.Entry(new byte[] {1}, 201, UUID.randomUUID(), individual),
                    OffsetDateTime.now().minusHours(24));
            return null;
        });
    }

    @Test
    void aKeyIsFoundUnderItsTenantsScopeOnly() {
        byte[] key = {7, 7, 7};
        save(acme, key, UUID.randomUUID());
        OffsetDateTime window = OffsetDateTime.now().minusHours(24);

        var found = db.read(TenantsDatabase.scope(acme), "idempotency.find", dsl -> keys.find(dsl, TenantsDatabase.scope(acme), key, window));
        var foundByOther = db.read(TenantsDatabase.scope(other), "idempotency.find", dsl -> keys.find(dsl, TenantsDatabase.scope(acme), key, window));
        int unscoped = db.read("test.unscoped", dsl -> dsl.fetchCount(IDEMPOTENCY_KEYS));

        assertThat(found).isPresent().get().extracting(IdempotencyRepository.Entry::status).isEqualTo(201);
        assertThat(foundByOther).as("another tenant's scope hides the row even when the query names Acme").isEmpty();
        assertThat(unscoped).isZero();
        assertThat(TenantsDatabase.audit("deliverRecord")).singleElement().satisfies(r -> assertThat(r.getTenantId()).isEqualTo(acme));
    }

    @Test
    void aSecondFirstUseOfALiveKeyIsToldAsTakenAndTheFirstEntryStays() {
        byte[] key = {5, 5};
        UUID first = UUID.randomUUID();
        save(acme, key, first);

        assertThatThrownBy(() -> save(acme, key, UUID.randomUUID()))
                .as("the racing use learns, as a domain outcome, that the key is taken; it then answers as the first use decided")
                .isInstanceOf(IdempotencyRepository.KeyTaken.class);

        var found = db.read(TenantsDatabase.scope(acme), "idempotency.find",
                dsl -> keys.find(dsl, TenantsDatabase.scope(acme), key, OffsetDateTime.now().minusHours(24)));
        assertThat(found).isPresent().get().extracting(IdempotencyRepository.Entry::individualId).isEqualTo(first);
        assertThat(TestDatabase.get().count(IDEMPOTENCY_KEYS)).isEqualTo(1);
        assertThat(TenantsDatabase.audit("deliverRecord")).as("the refused save left no audit row").hasSize(1);
    }

    @Test
    void theSweepDeletesExpiredKeysOfEveryTenantUnderTheAuditedSystemScope() {
        save(acme, new byte[] {1}, UUID.randomUUID());
        save(other, new byte[] {2}, UUID.randomUUID());
        save(other, new byte[] {3}, UUID.randomUUID());

        int swept = db.system(CallContext.system(DeliveryService.SWEEP), tx -> keys.deleteExpired(tx, OffsetDateTime.now().plusMinutes(1), 2));

        assertThat(swept).isEqualTo(2);
        assertThat(TestDatabase.get().count(IDEMPOTENCY_KEYS)).isEqualTo(1);
        assertThat(TenantsDatabase.audit(DeliveryService.SWEEP)).singleElement().satisfies(r -> assertThat(r.getActorKind()).isEqualTo("system"));
    }

    @Test
    void anIndividualsErasureDeletesTheirKeysOfEveryTenantAndNoOneElses() {
        UUID erased = UUID.randomUUID();
        save(acme, new byte[] {1}, erased);
        save(other, new byte[] {2}, erased);
        save(other, new byte[] {3}, UUID.randomUUID());
        var individual = new CallContext(Actor.individual(erased, new Credential.Session(erased)), "individuals.erase", RequestId.generate());

        int deleted = db.write(individual, tx -> keys.deleteForIndividual(tx, erased));
        int deletedOfOthers = db.write(individual, tx -> keys.deleteForIndividual(tx, UUID.randomUUID()));

        assertThat(deleted).isEqualTo(2);
        assertThat(deletedOfOthers).isZero();
        assertThat(TestDatabase.get().count(IDEMPOTENCY_KEYS)).isEqualTo(1);
    }
}
