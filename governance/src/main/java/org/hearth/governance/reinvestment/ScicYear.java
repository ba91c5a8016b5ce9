package org.hearth.governance.reinvestment;

import java.util.Objects;
import org.hearth.governance.scic.ReservesBefore;
import org.hearth.governance.scic.ShareCapitalHistory;

/**
 * A SCIC's year, with what its reserve minimums depend on.
 *
 * @param year the year's surplus and what was distributed
 * @param capital the share capital's history up to the year's last day (see {@link
 *     org.hearth.governance.scic.ReserveAllocation})
 * @param reservesBefore the reserves before the year's allocation
 */
public record ScicYear(YearResult year, ShareCapitalHistory capital, ReservesBefore reservesBefore) {

    public ScicYear {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(capital, "capital");
        Objects.requireNonNull(reservesBefore, "reservesBefore");
    }
}
