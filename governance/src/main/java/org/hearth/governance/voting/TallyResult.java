package org.hearth.governance.voting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The count of a resolution.
 *
 * @param colleges the head count of each college, in charter order
 * @param weightedTurnout Σ weight × (voters ÷ entitled) ÷ Σ weight, over colleges with entitled
 *     members: a share between 0 and 1, truncated to at least 34 significant digits (the quorum
 *     was decided on this figure, and truncating to that many digits cannot cross a quorum
 *     written with fewer)
 * @param weightedFor Σ weight × (for ÷ cast), over colleges where votes were cast, truncated to 34
 *     significant digits for display; the outcome was decided on the exact fraction
 * @param weightedCast Σ weight, over colleges where votes were cast
 * @param outcome passed, rejected, or no quorum
 */
public record TallyResult(
        List<CollegeCount> colleges, BigDecimal weightedTurnout, BigDecimal weightedFor, BigDecimal weightedCast,
        Outcome outcome) {

    public TallyResult {
        colleges = List.copyOf(colleges);
        Objects.requireNonNull(weightedTurnout, "weightedTurnout");
        Objects.requireNonNull(weightedFor, "weightedFor");
        Objects.requireNonNull(weightedCast, "weightedCast");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** Whether enough of those entitled took part for the meeting to decide. */
    public boolean quorate() {
        return outcome != Outcome.NO_QUORUM;
    }

    /** Weighted share in favour, for display, to 34 significant digits; empty when no vote was cast. */
    public Optional<BigDecimal> shareFor() {
        return weightedCast.signum() == 0 ? Optional.empty()
                : Optional.of(weightedFor.divide(weightedCast, MathContext.DECIMAL128));
    }

    /** Votes for, by head count across all colleges. */
    public int headCountFor() {
        return colleges.stream().mapToInt(CollegeCount::inFavour).sum();
    }

    /** Votes against, by head count across all colleges. */
    public int headCountAgainst() {
        return colleges.stream().mapToInt(CollegeCount::against).sum();
    }
}
