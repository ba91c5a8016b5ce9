package org.hearth.tenants.billing.pricing;

import java.util.List;
import java.util.Objects;

/**
 * Everything one tenant's period is rated from: its plan assignments over time, the period, the
 * period's usage and declared transactions, and its VAT situation.
 */
public record RatingRequest(List<PlanAssignment> assignments, BillingPeriod period, List<Usage> usage,
        List<Transaction> transactions, Customer customer) {

    public RatingRequest {
        assignments = List.copyOf(assignments);
        Objects.requireNonNull(period, "period");
        usage = List.copyOf(usage);
        transactions = List.copyOf(transactions);
        Objects.requireNonNull(customer, "customer");
    }
}
