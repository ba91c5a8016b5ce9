package org.hearth.tenants.deliveries;

import java.time.Clock;
import java.time.Duration;
import org.hearth.datastore.ErasureStep;
import org.hearth.datastore.TenantAgreements;
import org.hearth.datastore.AttributeSigner;
import org.hearth.kernel.crypto.LookupKey;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.work.PollingWorker;
import org.hearth.tenants.clients.ClientService;
import org.hearth.web.api.ApiRoutes;

/** The deliveries capability, composed: its service, its routes, the sweep of expired keys and what erasure deletes. */
public final class Deliveries implements AutoCloseable {

    private static final Duration SWEEP_IDLE = Duration.ofMinutes(1);

    private final DeliveryService service;
    private final ClientService clients;
    private final PollingWorker sweep;

    private Deliveries(DeliveryService service, ClientService clients) {
        this.service = service;
        this.clients = clients;
        this.sweep = new PollingWorker("idempotency-expiry", service::sweepExpired, SWEEP_IDLE);
    }

    /** @param ttl how long an Idempotency-Key is remembered (HEARTH_IDEMPOTENCY_TTL) */
    public static Deliveries create(Db db, TenantAgreements agreements, ClientService clients, AttributeSigner signer, LookupKey lookupKey,
                                    Duration ttl, Clock clock) {
        return new Deliveries(new DeliveryService(db, agreements, signer, lookupKey, ttl, clock), clients);
    }

    public DeliveryService service() {
        return service;
    }

    public ApiRoutes routes() {
        return new DeliveryRoutes(service, clients);
    }

    /** Deletes an erased individual's idempotency entries, in the erasure's transaction. */
    public ErasureStep erasureStep() {
        return service::forget;
    }

    /** Starts the background sweep of expired keys. */
    public void startSweep() {
        sweep.start();
    }

    @Override
    public void close() {
        sweep.close();
    }
}
