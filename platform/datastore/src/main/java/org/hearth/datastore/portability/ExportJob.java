package org.hearth.datastore.portability;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A copy of all of a person's data being prepared, or ready to download until {@code expiresAt}:
 * {@code done} of about {@code total} records read so far (records added meanwhile may take it past).
 */
public record ExportJob(UUID id, UUID individualId, boolean ready, int total, int done, UUID cursor, int parts, OffsetDateTime requestedAt,
                        OffsetDateTime readyAt, OffsetDateTime expiresAt) {

    /** How far it is, 0 to 100 (100 only when ready). */
    public int percent() {
        if (ready) {
            return 100;
        }
        return total == 0 ? 0 : Math.min(99, (int) (100L * done / total));
    }
}
