package org.hearth.governance.charter;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a general meeting needs to pass one kind of resolution.
 *
 * <p>Votes are weighted by college: each college's members vote one member one vote, and each
 * college's share of votes in favour counts for its weight. {@link #carries} therefore takes
 * weighted totals, not head counts.
 *
 * @param majority share of the (weighted) votes cast that must be in favour, e.g. {@code 0.50}
 * @param threshold whether the share in favour must exceed {@code majority} or may equal it
 * @param quorum share of the members entitled to vote, weighted by college, who must be
 *     present or represented for the meeting to decide
 */
public record ResolutionRule(BigDecimal majority, Threshold threshold, BigDecimal quorum) {

    /**
     * How the share in favour is compared with the majority. Both exist because the law uses
     * both: an ordinary resolution needs a simple majority, <em>more than</em> half (Companies
     * Act 2006 s. 282), while a special resolution needs <em>not less than</em> 75% (s. 283).
     * Counting "more than 75%" would defeat a special resolution the law says has passed.
     */
    public enum Threshold {
        MORE_THAN("more-than"),
        AT_LEAST("at-least");

        private final String code;

        Threshold(String code) {
            this.code = code;
        }

        /** The spelling used in the charter. */
        public String code() {
            return code;
        }
    }

    public ResolutionRule {
        Objects.requireNonNull(majority, "majority");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(quorum, "quorum");
    }

    /** A rule passed by more than {@code majority} of the votes cast. */
    public ResolutionRule(BigDecimal majority, BigDecimal quorum) {
        this(majority, Threshold.MORE_THAN, quorum);
    }

    /**
     * Whether {@code votesFor} out of {@code votesCast} (both weighted; abstentions are not cast)
     * passes. Compared by multiplication so that no rounding of a quotient can tip the result.
     */
    public boolean carries(BigDecimal votesFor, BigDecimal votesCast) {
        if (votesCast.signum() <= 0) {
            return false;
        }
        int comparison = votesFor.compareTo(majority.multiply(votesCast));
        return threshold == Threshold.MORE_THAN ? comparison > 0 : comparison >= 0;
    }

    /** Whether a meeting with this weighted turnout (a share between 0 and 1) is quorate. */
    public boolean isQuorate(BigDecimal weightedTurnout) {
        return weightedTurnout.compareTo(quorum) >= 0;
    }
}
