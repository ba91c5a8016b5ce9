package org.hearth.tenants.billing.pricing;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One band of a graduated or volume ladder: units up to {@code upTo} (inclusive, counted from the
 * first chargeable unit of the period), empty for the last, unbounded band. Prices are decimals in
 * the plan version's currency and may have more decimals than it (a read at 0.0015 EUR); only the
 * invoice line is rounded.
 */
public record Tier(Optional<BigDecimal> upTo, BigDecimal unitPrice, BigDecimal flatFee) {

    public Tier {
        Objects.requireNonNull(upTo, "upTo");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(flatFee, "flatFee");
    }

    public static Tier upTo(long units, String unitPrice) {
        return new Tier(Optional.of(BigDecimal.valueOf(units)), new BigDecimal(unitPrice), BigDecimal.ZERO);
    }

    public static Tier upTo(long units, String unitPrice, String flatFee) {
        return new Tier(Optional.of(BigDecimal.valueOf(units)), new BigDecimal(unitPrice), new BigDecimal(flatFee));
    }

    public static Tier above(String unitPrice) {
        return new Tier(Optional.empty(), new BigDecimal(unitPrice), BigDecimal.ZERO);
    }

    public static Tier above(String unitPrice, String flatFee) {
        return new Tier(Optional.empty(), new BigDecimal(unitPrice), new BigDecimal(flatFee));
    }
}
