package org.hearth.governance.board;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hearth.governance.voting.Choice;
import org.hearth.governance.voting.Outcome;

/**
 * A motion put to a meeting, with the votes cast so far and, once decided, the result.
 *
 * @param kind which of the charter's rules applies
 * @param subject what the resolution may later authorise
 * @param votes member id to their choice
 * @param outcome the result, or null while open
 * @param tally the stored working of the result, or null while open
 */
public record Resolution(UUID id, Meeting meeting, ResolutionKind kind, ResolutionSubject subject, String title, String body,
                         Map<UUID, Choice> votes, Outcome outcome, ResolutionTally tally) {

    public boolean passed() {
        return outcome == Outcome.PASSED;
    }

    /** The stored and wire form of an outcome or a choice: {@code passed}, {@code no_quorum}, {@code for}. */
    public static String code(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
