package org.hearth.tenants.billing.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hearth.kernel.money.Money;

/**
 * A plan's price list in force from {@code effectiveFrom} until the next version's date: its
 * components, the least a whole period bills ({@code minimumCommitment}), the amount past which an
 * interim invoice is due ({@code invoiceThreshold}), and the hard limits per metric (a unit past
 * one is refused, not billed).
 */
public record PlanVersion(int version, LocalDate effectiveFrom, Currency currency, List<PriceComponent> components,
        Optional<Money> minimumCommitment, Optional<Money> invoiceThreshold, Map<Metric, BigDecimal> hardLimits) {

    public PlanVersion {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(currency, "currency");
        components = List.copyOf(components);
        Objects.requireNonNull(minimumCommitment, "minimumCommitment");
        Objects.requireNonNull(invoiceThreshold, "invoiceThreshold");
        hardLimits = Map.copyOf(hardLimits);
    }

    public Optional<BigDecimal> hardLimit(Metric metric) {
        return Optional.ofNullable(hardLimits.get(metric));
    }
}
