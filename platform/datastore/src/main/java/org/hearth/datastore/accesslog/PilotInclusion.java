package org.hearth.datastore.accesslog;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reason of an access-log entry that says a participant's data was included in one of a
 * pilot's noisy answers (action {@code aggregate}). The reason is part of the hash chain, so it is
 * written once, in English, naming the pilot, its organisation and the question's number; the
 * owner's pages read it back into their own language with {@link #parse}.
 *
 * @param title the pilot's title
 * @param organisation the partner's name
 * @param question the question's number in the pilot, from 1
 */
public record PilotInclusion(UUID pilotId, String title, String organisation, int question) {

    /** The action of an inclusion entry. */
    public static final String ACTION = "aggregate";

    private static final Pattern REASON = Pattern.compile(
            "Included in statistics for the pilot «(.+)» of ‹(.+)› \\(question ([0-9]{1,9}), pilot ([0-9a-f-]{36})\\); "
                    + "only a noisy total left the platform\\.", Pattern.DOTALL);

    public PilotInclusion {
        if (question < 1) {
            throw new IllegalArgumentException("questions are numbered from 1");
        }
    }

    /** The reason as written in the chain. */
    public String reason() {
        return "Included in statistics for the pilot «" + title + "» of ‹" + organisation + "› (question " + question + ", pilot "
                + pilotId + "); only a noisy total left the platform.";
    }

    /** The inclusion a reason was written for; empty for any other reason. */
    public static Optional<PilotInclusion> parse(String reason) {
        Matcher m = reason == null ? null : REASON.matcher(reason);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PilotInclusion(UUID.fromString(m.group(4)), m.group(1), m.group(2), Integer.parseInt(m.group(3))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
