package org.hearth.tenants.deliveries;

import java.time.Clock;
import java.time.Duration;
import org.hearth.datastore.ErasureStep;
import org.hearth.datastore.TenantAgreements;
import org.hearth.kernel.crypto.LookupKey;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.work.PollingWorker;
import org.hearth.kernel.work.Worker;
import org.hearth.tenants.billing.usage.UsageLimits;
import org.hearth.tenants.billing.usage.UsageMeter;
import org.hearth.tenants.clients.TenantCalls;
import org.hearth.tenants.keys.TenantKeys;
import org.hearth.web.api.ApiRoutes;

/** The deliveries capability, composed: its service, its routes, the sweep of expired keys and what erasure deletes. */
public final class Deliveries {

    private static final Duration SWEEP_IDLE = Duration.ofMinutes(1);

    private final DeliveryService service;
    private final TenantCalls tenants;
    private final PollingWorker sweep;

    private Deliveries(DeliveryService service, TenantCalls tenants) {
        this.service = service;
        this.tenants = tenants;
        this.sweep = new PollingWorker(DeliveryService.SWEEP, service::sweepExpired, SWEEP_IDLE);
    }

    /** @param ttl how long an Idempotency-Key is remembered (HEARTH_IDEMPOTENCY_TTL) */
    public static Deliveries create(Db db, TenantAgreements agreements, TenantCalls tenants, TenantKeys signer, LookupKey lookupKey,
                                    Duration ttl, Clock clock, UsageMeter meter, UsageLimits limits) {
        return new Deliveries(new DeliveryService(db, agreements, signer, lookupKey, ttl, clock, meter, limits), tenants);
    }

    public DeliveryService service() {
        return service;
    }

    public ApiRoutes routes() {
        return new DeliveryRoutes(service, tenants);
    }

    /** Deletes an erased individual's idempotency entries, in the erasure's transaction. */
    public ErasureStep erasureStep() {
        return service::forget;
    }

    /** The background sweep of expired keys; not started until the platform starts it. */
    public Worker sweep() {
        return sweep;
    }
}
