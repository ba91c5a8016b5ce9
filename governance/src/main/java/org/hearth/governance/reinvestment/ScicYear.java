package org.hearth.governance.reinvestment;

import java.util.Objects;
import org.hearth.kernel.money.Money;

/**
 * A SCIC's year, with what its reserve minimums depend on.
 *
 * @param year the year's surplus and what was distributed
 * @param shareCapital the capital the reserves are compared with (see {@link
 *     org.hearth.governance.scic.ReserveAllocation})
 * @param reservesBefore total reserves before the year's allocation
 */
public record ScicYear(YearResult year, Money shareCapital, Money reservesBefore) {

    public ScicYear {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(shareCapital, "shareCapital");
        Objects.requireNonNull(reservesBefore, "reservesBefore");
    }
}
