package org.hearth.tenants.billing.pricing;

import java.time.LocalDate;
import java.util.Objects;

/** The tenant is on {@code planCode} from {@code from} (inclusive) until its next assignment. */
public record PlanAssignment(String planCode, LocalDate from) {

    public PlanAssignment {
        Objects.requireNonNull(planCode, "planCode");
        Objects.requireNonNull(from, "from");
    }
}
