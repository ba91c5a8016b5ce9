package org.hearth.datastore.accesslog;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One access: who ({@code actorKind} tenant, operator, individual…, and id), what ({@code action}
 * read, deliver, export, emergency_access, aggregate; record ids and categories), when, under
 * which agreement, and why.
 */
public record AccessEntry(long seq, OffsetDateTime occurredAt, String actorKind, String actorId, String action,
                          UUID agreementId, List<UUID> recordIds, List<String> categories, String reason, byte[] hash) {

    AccessEntry withReason(String readable) {
        return new AccessEntry(seq, occurredAt, actorKind, actorId, action, agreementId, recordIds, categories, readable, hash);
    }

    AccessEntry withHash(byte[] chainHash) {
        return new AccessEntry(seq, occurredAt, actorKind, actorId, action, agreementId, recordIds, categories, reason, chainHash);
    }

    /** What a caller asks to be logged; the log assigns sequence and time. */
    public record New(String actorKind, String actorId, String action, UUID agreementId, List<UUID> recordIds,
                      List<String> categories, String reason) {
        public New {
            recordIds = List.copyOf(recordIds);
            categories = List.copyOf(categories);
        }
    }
}
