package org.hearth.tenants.billing.pricing;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How many units of a line fell in one band ({@code fromUnit} exclusive to {@code upTo} inclusive,
 * counted over the period's chargeable units), at what unit price and flat fee, and what they came
 * to before the line's one rounding.
 */
public record TierDetail(BigDecimal fromUnit, Optional<BigDecimal> upTo, BigDecimal units, BigDecimal unitPrice,
        BigDecimal flatFee, BigDecimal amount) {
}
