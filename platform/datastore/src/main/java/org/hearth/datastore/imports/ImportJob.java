package org.hearth.datastore.imports;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A file being brought in: proposed (read and shown, waiting for the person to confirm), importing
 * ({@code done} of {@code total} records added so far, {@code nextPart} of {@code parts} parts),
 * done, or failed after repeated attempts (what was added before stays, and the page says so).
 */
public record ImportJob(UUID id, UUID individualId, String format, State state, int total, int done, int parts, int nextPart, int attempts,
                        OffsetDateTime requestedAt, OffsetDateTime finishedAt, OffsetDateTime expiresAt) {

    public enum State { PROPOSED, IMPORTING, DONE, FAILED }

    /** How far it is, 0 to 100 (100 only when done). */
    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        return Math.min(99, (int) (100L * done / total));
    }

    /** Whether the next part is the last one. */
    boolean lastPart() {
        return nextPart + 1 >= parts;
    }
}
