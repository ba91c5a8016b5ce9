package org.hearth.tenants.billing.pricing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The days billed together, {@code [start, end)}: normally a calendar month. */
public record BillingPeriod(LocalDate start, LocalDate end) {

    public BillingPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a period ends after it starts: [" + start + ", " + end + ")");
        }
    }

    public static BillingPeriod month(YearMonth month) {
        return new BillingPeriod(month.atDay(1), month.plusMonths(1).atDay(1));
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end);
    }
}
