package org.hearth.tenants.billing.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A quantity of one metric used over {@code [from, until)}: a day (the usual grain) or a longer
 * range. A range must not straddle a change of plan or price, so that each part is billed with the
 * prices in force in it.
 */
public record Usage(Metric metric, LocalDate from, LocalDate until, BigDecimal quantity) {

    public Usage {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(quantity, "quantity");
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("usage ends after it starts: [" + from + ", " + until + ")");
        }
        if (quantity.signum() < 0) {
            throw new IllegalArgumentException("a usage quantity is never negative: " + quantity);
        }
    }

    /** {@code quantity} of {@code metric} on one day. */
    public static Usage on(LocalDate day, Metric metric, long quantity) {
        return new Usage(metric, day, day.plusDays(1), BigDecimal.valueOf(quantity));
    }
}
