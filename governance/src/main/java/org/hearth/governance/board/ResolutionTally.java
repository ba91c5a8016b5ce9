package org.hearth.governance.board;

import java.util.List;

/**
 * The stored working of a resolution's result: per college, who was entitled and how they voted,
 * and the weighted figures against the charter's rule. Figures are decimal strings as the tally
 * computed them, so what was stored is what is shown.
 */
public record ResolutionTally(List<College> colleges, String weightedTurnout, String weightedFor, String weightedCast, String majority,
                              String majorityRule, String quorum) {

    public ResolutionTally {
        colleges = List.copyOf(colleges);
    }

    /** One college's count. */
    public record College(String college, String weight, int entitled, int inFavour, int against, int abstain) {
    }
}
