package org.hearth.tenants.billing.invoices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.work.PollingWorker;
import org.hearth.kernel.work.Worker;
import org.hearth.tenants.billing.plans.PlanChanges;

/**
 * Billing's background work: once a day, puts tenants on the plan their changes put them on
 * today; closes the previous month once every tenant could be billed for it (a second pass finds
 * nothing to issue); at most once an hour, issues the current month's interim invoices that are
 * due (threshold invoicing: it rates every tenant on a plan with a threshold, so not on every
 * poll); then marks overdue invoices. Polls every few minutes.
 */
final class BillingWorker {

    static final String CLOSE = "job.billing.close";
    static final String OVERDUE = "job.billing.overdue";
    static final String PLAN_DAY = "job.billing.plan_day";
    static final String INTERIM = "job.billing.interim";
    /** How often the interim run rates the month so far. */
    static final Duration INTERIM_EVERY = Duration.ofHours(1);

    private BillingWorker() {
    }

    static Worker create(PeriodClose close, InterimInvoices interims, InvoiceService invoices, PlanChanges plans, Clock clock, Duration idle) {
        AtomicReference<LocalDate> plansDoneOn = new AtomicReference<>();
        AtomicReference<Instant> interimsDoneAt = new AtomicReference<>();
        return new PollingWorker("billing", () -> {
            // The plan day comes first, so a month closed on the 1st sees the plans in force on it.
            LocalDate today = LocalDate.now(clock);
            int changed = 0;
            if (!today.equals(plansDoneOn.get())) {
                changed = plans.applyDue(CallContext.system(PLAN_DAY));
                plansDoneOn.set(today);
            }
            int issued = close.closePreviousMonth(CallContext.system(CLOSE));
            Instant now = clock.instant();
            Instant lastInterims = interimsDoneAt.get();
            if (lastInterims == null || !now.isBefore(lastInterims.plus(INTERIM_EVERY))) {
                issued += interims.run(CallContext.system(INTERIM)).issued().size();
                interimsDoneAt.set(now);
            }
            // Overdue is not counted as work: marking leaves nothing more to mark until tomorrow.
            invoices.markOverdue(CallContext.system(OVERDUE));
            return issued + changed;
        }, idle);
    }
}
