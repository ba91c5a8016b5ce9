package org.hearth.tenants.pilots;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hearth.datastore.IndividualNotices;
import org.hearth.datastore.RequestAgreements;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.work.PollingWorker;
import org.hearth.kernel.work.Worker;
import org.hearth.tenants.requests.DataRequestService;
import org.hearth.web.pages.Messages;

/**
 * The end of pilots whose last day has passed, once each: every agreement under the pilot's
 * request expires (with its consent event and its tenant told), each participant who had not
 * left gets a notice in both languages naming the pilot and the organisation, then the pilot is
 * marked ended and its request closed. The first two steps are idempotent and come first, so a
 * crash between steps is finished by the next poll and nobody is told twice (a notice is sent
 * once per source). An idle poll asks a SECURITY DEFINER yes-or-no and opens no system scope.
 */
public final class PilotEnding implements Worker {

    static final String JOB = "pilots.end_due";

    private final Db db;
    private final Clock clock;
    private final DataRequestService requests;
    private final RequestAgreements agreements;
    private final IndividualNotices notices;
    private final PollingWorker worker;
    private final PilotRepository repository = new PilotRepository();

    public PilotEnding(Db db, Clock clock, DataRequestService requests, RequestAgreements agreements, IndividualNotices notices, Duration every) {
        this.db = db;
        this.clock = clock;
        this.requests = requests;
        this.agreements = agreements;
        this.notices = notices;
        this.worker = new PollingWorker("pilot-ending", this::endDue, every);
    }

    /** Ends a batch of pilots past their end date; returns how many it found. */
    public int endDue() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (!db.read("pilots.ending_due", dsl -> repository.anyEndingDue(dsl, today))) {
            return 0;
        }
        CallContext ctx = CallContext.system(JOB);
        List<PilotRepository.Ending> due = db.system(ctx, tx -> repository.endingDue(tx, today));
        for (PilotRepository.Ending pilot : due) {
            agreements.expireAll(ctx, pilot.dataRequestId());
            notices.send(ctx, new IndividualNotices.Audience.AgreementsUnder(pilot.dataRequestId()), "pilot-ended:" + pilot.id(),
                    text("en", pilot), text("fr", pilot));
            OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
            db.system(ctx, tx -> {
                if (repository.end(tx, pilot.id(), now)) {
                    requests.closeAggregate(tx, pilot.dataRequestId());
                }
                return null;
            });
        }
        return due.size();
    }

    private static String text(String language, PilotRepository.Ending pilot) {
        Messages m = Messages.of(language);
        return m.t("pilot.notice.ended", pilot.title(), pilot.tenantName(), m.date(pilot.endsOn()));
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
