package org.hearth.tenants.billing.invoices;

import java.time.Duration;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.work.PollingWorker;
import org.hearth.kernel.work.Worker;

/**
 * Billing's background work: closes the previous month once every tenant could be billed for it
 * (a second pass finds nothing to issue), issues the current month's interim invoices that are due
 * (threshold invoicing), then marks overdue invoices. Polls every few minutes.
 */
final class BillingWorker {

    static final String CLOSE = "job.billing.close";
    static final String OVERDUE = "job.billing.overdue";
    static final String INTERIM = "job.billing.interim";

    private BillingWorker() {
    }

    static Worker create(PeriodClose close, InterimInvoices interims, InvoiceService invoices, Duration idle) {
        return new PollingWorker("billing", () -> {
            int issued = close.closePreviousMonth(CallContext.system(CLOSE));
            issued += interims.run(CallContext.system(INTERIM)).issued().size();
            // Overdue is not counted as work: marking leaves nothing more to mark until tomorrow.
            invoices.markOverdue(CallContext.system(OVERDUE));
            return issued;
        }, idle);
    }
}
