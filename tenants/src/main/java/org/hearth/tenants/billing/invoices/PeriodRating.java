package org.hearth.tenants.billing.invoices;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.hearth.tenants.billing.pricing.BillingPeriod;
import org.hearth.tenants.billing.pricing.Customer;
import org.hearth.tenants.billing.pricing.InvoiceDraft;
import org.hearth.tenants.billing.pricing.PlanAssignment;
import org.hearth.tenants.billing.pricing.Rater;
import org.hearth.tenants.billing.pricing.RatingRequest;
import org.hearth.tenants.billing.pricing.Usage;
import org.jooq.DSLContext;

/**
 * Rates one tenant's period from what {@code tx} sees: its plans over time, its metered usage,
 * agreement-days and declared transactions of the days {@code [period.start, usedUntil)}. The
 * close rates a whole month; an interim run the month so far (the prices and prorations are the
 * whole month's, as the usage estimate's are).
 */
final class PeriodRating {

    /** A rated period and the customer its VAT was charged for. */
    record Rated(InvoiceDraft draft, Customer customer) {
    }

    private final InvoiceRepository repository;
    private final AgreementDays agreementDays;
    private final Rater rater;

    PeriodRating(InvoiceRepository repository, AgreementDays agreementDays, Rater rater) {
        this.repository = repository;
        this.agreementDays = Objects.requireNonNull(agreementDays, "agreementDays");
        this.rater = rater;
    }

    Rater rater() {
        return rater;
    }

    Rated rate(DSLContext tx, UUID tenantId, BillingPeriod period, BillingPeriod used) {
        var billable = repository.billable(tx, tenantId).orElseThrow();
        List<Usage> usage = Stream.concat(repository.usagePerDay(tx, tenantId, used).stream(),
                agreementDays.perDay(tx, tenantId, used).stream()).toList();
        List<PlanAssignment> assignments = repository.assignments(tx, tenantId);
        InvoiceDraft draft = rater.rate(new RatingRequest(assignments.isEmpty() ? List.of(InvoiceRepository.assignment(billable)) : assignments,
                period, usage, repository.transactions(tx, tenantId, used), billable.customer()));
        return new Rated(draft, billable.customer());
    }
}
