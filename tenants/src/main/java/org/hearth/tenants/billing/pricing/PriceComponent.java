package org.hearth.tenants.billing.pricing;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.hearth.kernel.money.Money;

/**
 * One line of a price list: the metric it meters (none for a subscription), its charge model, the
 * units of the period it does not charge (applied before any tier), and the least it bills over a
 * whole period (a true-up line makes up the difference, prorated by days like the subscription).
 */
public record PriceComponent(String code, Optional<Metric> metric, ChargeModel model, BigDecimal freeAllowance,
        Optional<Money> spendingMinimum) {

    public PriceComponent {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(freeAllowance, "freeAllowance");
        Objects.requireNonNull(spendingMinimum, "spendingMinimum");
        if (metric.isEmpty() != (model instanceof ChargeModel.Subscription)) {
            throw new IllegalArgumentException(code + ": a subscription meters nothing, every other model meters one metric");
        }
    }

    /** A metered component with no allowance and no spending minimum. */
    public static PriceComponent metered(String code, Metric metric, ChargeModel model) {
        return new PriceComponent(code, Optional.of(metric), model, BigDecimal.ZERO, Optional.empty());
    }

    /** A flat fee per period. */
    public static PriceComponent subscription(String code, String fee) {
        return new PriceComponent(code, Optional.empty(), new ChargeModel.Subscription(new BigDecimal(fee)),
                BigDecimal.ZERO, Optional.empty());
    }

    public PriceComponent withFreeAllowance(long units) {
        return new PriceComponent(code, metric, model, BigDecimal.valueOf(units), spendingMinimum);
    }

    public PriceComponent withSpendingMinimum(Money minimum) {
        return new PriceComponent(code, metric, model, freeAllowance, Optional.of(minimum));
    }

    /** The key of the words describing this component's line: {@code billing.line.<metric>} or {@code billing.line.subscription}. */
    public String descriptionKey() {
        return "billing.line." + metric.map(Metric::code).orElse("subscription");
    }
}
