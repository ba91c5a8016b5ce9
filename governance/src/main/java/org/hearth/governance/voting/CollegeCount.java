package org.hearth.governance.voting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import org.hearth.governance.charter.College;

/**
 * The head count of one college.
 *
 * @param college the college, with its weight
 * @param entitled members entitled to vote in it
 * @param inFavour votes for
 * @param against votes against
 * @param abstaining members who took part and abstained
 */
public record CollegeCount(College college, int entitled, int inFavour, int against, int abstaining) {

    public CollegeCount {
        Objects.requireNonNull(college, "college");
        if (entitled < 0 || inFavour < 0 || against < 0 || abstaining < 0 || inFavour + against + abstaining > entitled) {
            throw new IllegalArgumentException("impossible count for " + college.id() + ": " + entitled + " entitled, "
                    + inFavour + " for, " + against + " against, " + abstaining + " abstaining");
        }
    }

    /** Members who took part, abstentions included: what the quorum counts. */
    public int voters() {
        return inFavour + against + abstaining;
    }

    /** Votes cast, for or against: abstentions are not cast. */
    public int cast() {
        return inFavour + against;
    }

    /**
     * Share of the votes cast that are in favour, to 34 significant digits (for display; the
     * outcome is decided on exact fractions). Empty when no vote was cast.
     */
    public Optional<BigDecimal> shareFor() {
        return cast() == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(inFavour).divide(BigDecimal.valueOf(cast()), MathContext.DECIMAL128));
    }
}
