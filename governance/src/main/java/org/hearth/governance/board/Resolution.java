package org.hearth.governance.board;

import java.util.Map;
import java.util.UUID;

/**
 * A motion put to a meeting, with the votes cast so far and, once decided, the result.
 *
 * @param kind {@code ordinary} or {@code special}: which of the charter's rules applies
 * @param subject {@code dividend}, {@code annual_report}, {@code share_interest} or {@code other}:
 *     what the resolution may later authorise
 * @param votes member id to {@code for}, {@code against} or {@code abstain}
 * @param outcome {@code passed}, {@code rejected}, {@code no_quorum}, or null while open
 * @param tally the stored working of the result, or null while open
 */
public record Resolution(UUID id, Meeting meeting, String kind, String subject, String title, String body, Map<UUID, String> votes,
                        String outcome, ResolutionTally tally) {

    public boolean passed() {
        return "passed".equals(outcome);
    }
}
