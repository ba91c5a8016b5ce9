package org.hearth.reporting.usage;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.work.PollingWorker;
import org.hearth.kernel.work.Worker;

/**
 * Folds metered hours into {@code reporting.usage_by_day}, a week of hours per transaction, once
 * they ended more than an hour ago (metering writes into the hour of the act, so by then its rows
 * are final). A platform job: an idle pass writes nothing, not even an audit row.
 */
public final class UsageRollup implements Worker {

    /** How many hours one transaction folds: a few seconds of work on the busiest service. */
    static final Duration STEP = Duration.ofDays(7);
    private static final String JOB = "reporting.usage_rollup";

    private final Db db;
    private final Clock clock;
    private final UsageRepository repository = new UsageRepository();
    private final PollingWorker worker;

    public UsageRollup(Db db, Clock clock, Duration every) {
        this.db = db;
        this.clock = clock;
        this.worker = new PollingWorker("usage-rollup", this::rollUpDue, every);
    }

    /** Folds the next step of ended hours; returns 1 if it folded some, 0 if the roll-up is up to date. */
    public int rollUpDue() {
        OffsetDateTime settled = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).minusHours(1);
        return db.job(CallContext.system(JOB), dsl -> {
            Optional<OffsetDateTime> seen = repository.rolledUpTo(dsl);
            if (seen.isPresent() && !seen.get().isBefore(settled)) {
                return 0;
            }
            OffsetDateTime first = seen.orElseGet(() -> repository.earliestHour(dsl).filter(h -> h.isBefore(settled)).orElse(settled));
            OffsetDateTime from = repository.lockCursor(dsl, first);
            if (!from.isBefore(settled)) {
                return 0;
            }
            OffsetDateTime to = from.plus(STEP).isBefore(settled) ? from.plus(STEP) : settled;
            repository.rollUp(dsl, from, to);
            return 1;
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
