package org.hearth.datastore.portability;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A copy of all of a person's data being prepared, ready to download until {@code expiresAt}, or
 * given up after repeated failures: {@code done} of about {@code total} records read so far
 * (records added meanwhile may take it past).
 */
public record ExportJob(UUID id, UUID individualId, State state, int total, int done, UUID cursor, int parts, int attempts,
                        OffsetDateTime requestedAt, OffsetDateTime readyAt, OffsetDateTime expiresAt) {

    public enum State { PREPARING, READY, FAILED }

    public boolean ready() {
        return state == State.READY;
    }

    public boolean failed() {
        return state == State.FAILED;
    }

    /** How far it is, 0 to 100 (100 only when ready). */
    public int percent() {
        if (ready()) {
            return 100;
        }
        return total == 0 ? 0 : Math.min(99, (int) (100L * done / total));
    }
}
