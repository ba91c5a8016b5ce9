package org.hearth.governance.charter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rate (a share between 0 and 1, e.g. {@code 0.35}) that applies from a date until the next
 * entry of its schedule. Schedules keep every past rate because a cap is fixed by a date in the
 * past: the first day of a financial year, or the day a loan agreement was made.
 */
public record DatedRate(LocalDate from, BigDecimal rate) {

    public DatedRate {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(rate, "rate");
    }

    /**
     * The rate in force on {@code date}: that of the latest entry starting on or before it.
     * Empty when {@code date} precedes the whole schedule, because no rate was recorded for it
     * and guessing one would make an old year look compliant or not by accident.
     */
    public static Optional<BigDecimal> inForceOn(List<DatedRate> schedule, LocalDate date) {
        Objects.requireNonNull(date, "date");
        DatedRate best = null;
        for (DatedRate entry : schedule) {
            boolean started = !entry.from.isAfter(date);
            if (started && (best == null || entry.from.isAfter(best.from))) {
                best = entry;
            }
        }
        return Optional.ofNullable(best).map(DatedRate::rate);
    }
}
