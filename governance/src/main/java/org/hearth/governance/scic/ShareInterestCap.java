package org.hearth.governance.scic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.hearth.governance.charter.ScicReserves;

/**
 * The cap on interest paid on a SCIC's shares.
 *
 * <p>Art. 14 of loi n° 47-1775 (as amended by loi 2016-1691): the rate may not exceed the average,
 * over the three calendar years before the date of the general meeting, of the TMO (taux moyen de
 * rendement des obligations des sociétés privées), plus the margin (2 points) the charter records
 * as {@code share_interest_margin}. The TMO is published yearly; the caller passes the recorded
 * yearly averages. All rates are decimal shares: {@code 0.02} is 2 points.
 */
public final class ShareInterestCap {

    /** The number of calendar years before the general meeting whose TMO is averaged (art. 14). */
    public static final int YEARS_AVERAGED = 3;

    private ShareInterestCap() {
    }

    /**
     * The cap for a general meeting held on {@code generalMeeting}.
     *
     * @param rates the charter's SCIC rates, for the margin
     * @param tmoByYear recorded yearly TMO averages; years other than the three needed are ignored
     * @throws MissingTmoException naming every one of the three years that has no TMO recorded
     */
    public static ShareInterestLimit forMeeting(ScicReserves rates, Map<Year, BigDecimal> tmoByYear, LocalDate generalMeeting) {
        Objects.requireNonNull(rates, "rates");
        Year meetingYear = Year.from(generalMeeting);
        TreeMap<Year, BigDecimal> used = new TreeMap<>();
        List<Year> missing = new ArrayList<>();
        for (int back = YEARS_AVERAGED; back >= 1; back--) {
            Year year = meetingYear.minusYears(back);
            BigDecimal tmo = tmoByYear.get(year);
            if (tmo == null) {
                missing.add(year);
            } else {
                used.put(year, tmo);
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingTmoException(meetingYear, missing);
        }
        return new ShareInterestLimit(meetingYear, used, rates.shareInterestMargin());
    }

    /** Decides whether the general meeting held on {@code generalMeeting} may pay {@code proposedRate}. */
    public static ShareInterestDecision check(ScicReserves rates, Map<Year, BigDecimal> tmoByYear, LocalDate generalMeeting,
            BigDecimal proposedRate) {
        ShareInterestLimit limit = forMeeting(rates, tmoByYear, generalMeeting);
        return new ShareInterestDecision(limit, proposedRate, limit.allows(proposedRate));
    }
}
