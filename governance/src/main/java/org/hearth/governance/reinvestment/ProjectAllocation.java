package org.hearth.governance.reinvestment;

import java.time.LocalDate;
import java.util.Objects;
import org.hearth.kernel.money.Money;

/**
 * Retained profit set aside for a named community project.
 *
 * @param project the project's name as members know it
 * @param amount the amount allocated, above zero
 * @param decidedOn the day the allocation was decided
 */
public record ProjectAllocation(String project, Money amount, LocalDate decidedOn) {

    public ProjectAllocation {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(decidedOn, "decidedOn");
        if (project.isBlank()) {
            throw new IllegalArgumentException("an allocation must name its project");
        }
        // A correction is a reversing entry in the ledger, not a negative allocation here.
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("an allocation must be above zero: " + amount);
        }
    }
}
