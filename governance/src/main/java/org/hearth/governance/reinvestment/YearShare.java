package org.hearth.governance.reinvestment;

import java.time.LocalDate;
import java.util.Objects;
import org.hearth.kernel.money.Money;

/**
 * One year of the reinvestment report.
 *
 * @param firstDay first day of the financial year
 * @param result the year's result as recorded, a loss included
 * @param retention profit generated, paid out and retained, and the minimum
 */
public record YearShare(LocalDate firstDay, Money result, Retention retention) {

    public YearShare {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(retention, "retention");
    }
}
