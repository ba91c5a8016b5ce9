package org.hearth.datastore.agreements;

import java.time.Duration;
import org.hearth.datastore.Agreement;
import org.hearth.datastore.AgreementExpired;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.outbox.Outbox;
import org.hearth.kernel.work.PollingWorker;
import org.hearth.kernel.work.Worker;

/**
 * The sweep that marks agreements expired at their end and tells their tenants, once each. A
 * platform job: it looks across every tenant, so it runs under the audited system scope.
 */
public final class AgreementExpiry implements Worker {

    static final String JOB = "agreements.expire_due";

    private final Db db;
    private final AgreementRepository repository = new AgreementRepository();
    private final PollingWorker worker;

    public AgreementExpiry(Db db, Duration every) {
        this.db = db;
        this.worker = new PollingWorker("agreement-expiry", this::expireDue, every);
    }

    /**
     * Marks a batch of agreements whose end has passed as expired (once each); returns how many it
     * found. A step that finds none rolls back, so an idle sweep leaves no audit row behind.
     */
    public int expireDue() {
        try {
            return db.system(CallContext.system(JOB), tx -> {
                var due = repository.dueForExpiry(tx);
                if (due.isEmpty()) {
                    throw new NothingDue();
                }
                for (Agreement agreement : due) {
                    if (repository.event(tx, agreement.id(), ConsentEvent.Kind.EXPIRED)) {
                        Outbox.append(tx, new AgreementExpired(agreement.id(), agreement.tenantId(), agreement.subjectId()));
                    }
                }
                return due.size();
            });
        } catch (NothingDue idle) {
            return 0;
        }
    }

    /** Rolls back an idle step's transaction (and its audit row): there was nothing to do. */
    private static final class NothingDue extends RuntimeException {
        NothingDue() {
            super(null, null, false, false);
        }
    }

    @Override
    public String name() {
        return worker.name();
    }

    @Override
    public void start() {
        worker.start();
    }

    @Override
    public void close() {
        worker.close();
    }
}
