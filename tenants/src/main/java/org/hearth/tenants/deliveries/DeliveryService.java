package org.hearth.tenants.deliveries;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.hearth.datastore.TenantAgreements;
import org.hearth.datastore.AttributeSigner;
import org.hearth.datastore.Record;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.crypto.LookupKey;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.tenants.billing.pricing.Metric;
import org.hearth.tenants.billing.usage.UsageLimits;
import org.hearth.tenants.billing.usage.UsageMeter;
import org.hearth.tenants.keys.TenantKeys;
import org.jooq.DSLContext;

/**
 * Idempotent deliveries. The first use of a key delivers and remembers which record it made; a
 * retry of the same request within the window gets the same answer, rebuilt from the encrypted
 * record; the same key with a different request is refused (422); after the window the key is
 * free again.
 */
public final class DeliveryService {

    static final String OPERATION = "deliverRecord";
    private static final int CREATED = 201;
    private static final int SWEEP_BATCH = 1000;
    static final String SWEEP = "idempotency-expiry";

    private final Db db;
    private final TenantAgreements agreements;
    private final TenantKeys signer;
    private final LookupKey lookupKey;
    private final Duration ttl;
    private final Clock clock;
    private final IdempotencyRepository keys = new IdempotencyRepository();
    private final UsageMeter meter;
    private final UsageLimits limits;
    private static final java.util.List<Metric> DELIVERY_METRICS = java.util.List.of(Metric.RECORDS_DELIVERED, Metric.MEGABYTES_EXCHANGED);

    DeliveryService(Db db, TenantAgreements agreements, TenantKeys signer, LookupKey lookupKey, Duration ttl, Clock clock, UsageMeter meter, UsageLimits limits) {
        this.meter = meter;
        this.limits = limits;
        this.db = db;
        this.agreements = agreements;
        this.signer = signer;
        this.lookupKey = lookupKey;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** The answer to a delivery: the record, its status, and whether it repeats an earlier answer. */
    record Outcome(int status, Record record, boolean replayed) {
    }

    /** @param plan the tenant's plan, whose hard limits a new delivery must not pass (a replay is answered whatever the limits) */
    Outcome deliver(CallContext ctx, TenantScope scope, String plan, String idempotencyKey, Delivery delivery) {
        UUID tenantId = scope.tenantId();
        byte[] keyHash = RequestDigest.ofKey(lookupKey, tenantId, idempotencyKey);
        byte[] digest = RequestDigest.ofRequest(lookupKey, tenantId, delivery);
        Optional<IdempotencyRepository.Entry> first = find(scope, keyHash);
        if (first.isPresent()) {
            return replay(scope, first.get(), digest, delivery);
        }
        UsageLimits.Held held = limits.take(ctx, scope, plan, DELIVERY_METRICS);
        AttributeSigner signWithOwnKey = (ignored, payload) -> signer.sign(scope, payload);
        try {
            Record record = agreements.deliver(ctx, scope, delivery.agreementId(), delivery.content(), delivery.verified(), signWithOwnKey,
                    (tx, owner, delivered) -> {
                        keys.save(tx, scope, keyHash, OPERATION, new IdempotencyRepository.Entry(digest, CREATED, delivered.id(), owner), notBefore());
                        // Counted in the delivery's commit; a replay of the key never gets here.
                        meter.delivered(tx, tenantId, delivery.agreementId(), delivered.dataJson().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
                    });
            return new Outcome(CREATED, record, false);
        } catch (IdempotencyRepository.KeyTaken raced) {
            // The same key was used concurrently and committed first: answer as that use decided.
            held.giveBack();
            return replay(scope, find(scope, keyHash).orElseThrow(() -> raced), digest, delivery);
        } catch (RuntimeException failed) {
            held.giveBack();
            throw failed;
        }
    }

    private Outcome replay(TenantScope scope, IdempotencyRepository.Entry first, byte[] digest, Delivery delivery) {
        if (!MessageDigest.isEqual(first.requestDigest(), digest)) {
            throw new HearthException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different delivery; nothing was delivered. Use a new key for a new delivery.");
        }
        return new Outcome(first.status(), agreements.asDelivered(scope, first.individualId(), first.recordId(), delivery.content()), true);
    }

    private Optional<IdempotencyRepository.Entry> find(TenantScope scope, byte[] keyHash) {
        return db.read(scope, "idempotency.find", dsl -> keys.find(dsl, scope, keyHash, notBefore()));
    }

    /**
     * Deletes a batch of expired entries of every tenant, as the platform's sweep job under the
     * audited system scope; returns how many (the sweep runs again at once while there are more).
     */
    public int sweepExpired() {
        OffsetDateTime notBefore = notBefore();
        // An idle sweep opens no system scope and leaves no audit row.
        if (!db.read("idempotency.any_expired", dsl -> keys.anyExpired(dsl, notBefore))) {
            return 0;
        }
        return db.system(CallContext.system(SWEEP), tx -> keys.deleteExpired(tx, notBefore, SWEEP_BATCH));
    }

    /** At erasure: forgets every key that points into the individual's store. */
    void forget(DSLContext tx, UUID individualId) {
        keys.deleteForIndividual(tx, individualId);
    }

    private OffsetDateTime notBefore() {
        return OffsetDateTime.now(clock).minus(ttl);
    }
}
