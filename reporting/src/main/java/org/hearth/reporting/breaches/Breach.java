package org.hearth.reporting.breaches;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One breach on the register, with its history of changes and the notices sent about it. */
public record Breach(UUID id, Facts facts, Instant becameAwareAt, UUID recordedBy, Instant recordedAt,
                     Instant authorityNotifiedAt, String authorityReference, String notNotifyingReason,
                     Instant individualsNotifiedAt, List<Change> history, List<NoticeSent> notices) {

    /** What the operator records (art. 33(3) a–d). */
    public record Facts(String nature, String dataCategories, int approxPeople, int approxRecords,
                        String consequences, String measures, String contactPoint) {
    }

    /** One line of the append-only history: who changed what, when. */
    public record Change(String change, UUID changedBy, Instant changedAt, String details) {
    }

    /** A notice sent to individuals (art. 34): to whom, in which words, how many received it. */
    public record NoticeSent(UUID id, UUID tenantId, String textEn, String textFr, int recipients, UUID sentBy, Instant sentAt) {
        public boolean toEveryone() {
            return tenantId == null;
        }
    }

    public AuthorityDeadline deadline(Instant now) {
        return AuthorityDeadline.of(becameAwareAt, authorityNotifiedAt, notNotifyingReason, now);
    }
}
