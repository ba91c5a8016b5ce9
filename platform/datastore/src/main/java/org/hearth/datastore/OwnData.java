package org.hearth.datastore;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything the store holds about one individual, decrypted, for their own access report
 * (GDPR Article 15): records (oldest first), agreements, and the access log (newest first).
 * Read for the owner only; callers must neither cache nor log it.
 */
public record OwnData(List<Record> records, List<Agreement> agreements, List<Access> accesses) {

    public OwnData {
        records = List.copyOf(records);
        agreements = List.copyOf(agreements);
        accesses = List.copyOf(accesses);
    }

    /**
     * One entry of the access log as its owner reads it: who ({@code actorKind} tenant, operator,
     * individual…, and id), what ({@code action} read, deliver, export, emergency_access…, and the
     * categories touched), when, and why (opened if it was sealed).
     */
    public record Access(OffsetDateTime occurredAt, String actorKind, String actorId, String action, List<String> categories, String reason) {

        public Access {
            categories = List.copyOf(categories);
        }
    }
}
