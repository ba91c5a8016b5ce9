package org.hearth.tenants.billing.pricing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Days {@code [from, until)} of a period on which one plan version was in force for the tenant. */
record Segment(String planCode, PlanVersion version, LocalDate from, LocalDate until) {

    long days() {
        return ChronoUnit.DAYS.between(from, until);
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(from) && day.isBefore(until);
    }

    boolean covers(Usage usage) {
        return !usage.from().isBefore(from) && !usage.until().isAfter(until);
    }
}
