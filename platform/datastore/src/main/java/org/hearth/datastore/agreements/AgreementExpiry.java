package org.hearth.datastore.agreements;

import java.time.Duration;
import org.hearth.datastore.Agreement;
import org.hearth.datastore.AgreementExpired;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
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

    /** How long before its end the owner of an agreement is told it ends. */
    static final Duration WARNING = Duration.ofDays(7);

    private final AgreementMail mail;

    public AgreementExpiry(Db db, Duration every, org.hearth.datastore.IndividualMail mail) {
        this.db = db;
        this.mail = new AgreementMail(mail);
        this.worker = new PollingWorker("agreement-expiry", this::expireDue, every);
    }

    /**
     * Marks a batch of agreements whose end has passed as expired (once each); returns how many it
     * found. It opens the audited system scope only when the database says something is due, so an
     * idle sweep writes nothing, not even an audit row.
     */
    public int expireDue() {
        int warned = warnDue();
        if (!db.read("agreements.expiry_due", repository::anyDueForExpiry)) {
            return warned;
        }
        return warned + db.system(CallContext.system(JOB), tx -> {
            var due = repository.dueForExpiry(tx);
            for (StoredAgreement stored : due) {
                Agreement agreement = stored.agreement();
                if (repository.event(tx, agreement.id(), ConsentEvent.Kind.EXPIRED)) {
                    TenantEvents.tell(tx, agreement, new AgreementExpired(agreement.id(), agreement.tenantId(), agreement.subjectId()));
                    mail.expired(tx, stored.individualId(), agreement);
                }
            }
            return due.size();
        });
    }

    /** Tells the owners of agreements that end within {@link #WARNING}, once each. */
    int warnDue() {
        if (!db.read("agreements.warning_due", dsl -> repository.anyDueForWarning(dsl, WARNING))) {
            return 0;
        }
        return db.system(CallContext.system("agreements.warn_ending"), tx -> {
            var due = repository.dueForWarning(tx, WARNING);
            for (StoredAgreement stored : due) {
                repository.markWarned(tx, stored.agreement().id());
                mail.expiring(tx, stored.individualId(), stored.agreement());
            }
            return due.size();
        });
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
