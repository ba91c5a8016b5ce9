package org.hearth.tenants.billing.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hearth.kernel.money.Money;

/**
 * One line of a draft invoice: the component and metric it bills (none for a subscription or a
 * plan's commitment), the words describing it, the quantity and the part of it the free allowance
 * covered, the per-band detail, the unit price (none where bands set it), the amount rounded once,
 * the plan version and days {@code [from, until)} it covers, and for a deduction line the interim
 * invoice it deducts.
 */
public record InvoiceLine(LineKind kind, String componentCode, Optional<Metric> metric, String descriptionKey,
        BigDecimal quantity, BigDecimal freeAllowanceApplied, List<TierDetail> tiers, Optional<BigDecimal> unitPrice,
        Money amount, String planCode, int planVersion, LocalDate from, LocalDate until, Optional<Deducted> deducts) {

    /**
     * The interim invoice a deduction line takes back, and the revenue source ({@code subscriptions},
     * {@code usage_fees}, {@code commissions}) of the part it takes back, so the ledger reverses that source.
     */
    public record Deducted(java.util.UUID invoiceId, String number, String source) {
        public Deducted {
            java.util.Objects.requireNonNull(invoiceId, "invoiceId");
            java.util.Objects.requireNonNull(number, "number");
            java.util.Objects.requireNonNull(source, "source");
        }
    }

    public InvoiceLine {
        tiers = List.copyOf(tiers);
        java.util.Objects.requireNonNull(deducts, "deducts");
        if ((kind == LineKind.INTERIM_DEDUCTION) != deducts.isPresent()) {
            throw new IllegalArgumentException("a deduction line, and only a deduction line, names the interim invoice it deducts");
        }
    }

    /** A line that deducts nothing: a charge or a true-up. */
    public InvoiceLine(LineKind kind, String componentCode, Optional<Metric> metric, String descriptionKey,
            BigDecimal quantity, BigDecimal freeAllowanceApplied, List<TierDetail> tiers, Optional<BigDecimal> unitPrice,
            Money amount, String planCode, int planVersion, LocalDate from, LocalDate until) {
        this(kind, componentCode, metric, descriptionKey, quantity, freeAllowanceApplied, tiers, unitPrice, amount, planCode, planVersion,
                from, until, Optional.empty());
    }
}
