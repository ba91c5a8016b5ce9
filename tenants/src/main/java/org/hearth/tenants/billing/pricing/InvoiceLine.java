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
 * and the plan version and days {@code [from, until)} it covers.
 */
public record InvoiceLine(LineKind kind, String componentCode, Optional<Metric> metric, String descriptionKey,
        BigDecimal quantity, BigDecimal freeAllowanceApplied, List<TierDetail> tiers, Optional<BigDecimal> unitPrice,
        Money amount, String planCode, int planVersion, LocalDate from, LocalDate until) {

    public InvoiceLine {
        tiers = List.copyOf(tiers);
    }
}
