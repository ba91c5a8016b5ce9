package org.hearth.datastore.agreements;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hearth.datastore.Agreement;
import org.hearth.datastore.AgreementExpired;
import org.hearth.datastore.RequestAgreements;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.Db;

/** {@link RequestAgreements} over the agreements table: the end of a pilot's agreements, all at once. */
public final class RequestEndings implements RequestAgreements {

    private final Db db;
    private final Clock clock;
    private final AgreementRepository repository = new AgreementRepository();

    private final AgreementMail mail;

    public RequestEndings(Db db, Clock clock, org.hearth.datastore.IndividualMail mail) {
        this.mail = new AgreementMail(mail);
        this.db = db;
        this.clock = clock;
    }

    @Override
    public boolean liveAtLeast(TenantScope scope, UUID dataRequestId, int n) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return db.read(scope, "agreements.live_under_request", dsl -> repository.liveUnder(dsl, scope, dataRequestId, now, n)) >= n;
    }

    @Override
    public int expireAll(CallContext ctx, UUID dataRequestId) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        return db.system(ctx, tx -> {
            repository.endBy(tx, dataRequestId, now);
            int marked = 0;
            for (StoredAgreement stored : repository.endedUnmarkedUnder(tx, dataRequestId, now)) {
                Agreement agreement = stored.agreement();
                if (repository.event(tx, agreement.id(), ConsentEvent.Kind.EXPIRED)) {
                    TenantEvents.tell(tx, agreement, new AgreementExpired(agreement.id(), agreement.tenantId(), agreement.subjectId()));
                    mail.expired(tx, stored.individualId(), agreement);
                    marked++;
                }
            }
            return marked;
        });
    }
}
