package org.hearth.datastore;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An agreement, as the individual and (with the pseudonymous subject id) the organisation see it. */
public record Agreement(UUID id, UUID tenantId, String tenantName, UUID dataRequestId, String subjectId, String title, String purpose,
                        List<String> categories, List<String> accessModes, String lawfulBasis, String policyUrl, int retentionDays,
                        OffsetDateTime grantedAt, OffsetDateTime expiresAt, OffsetDateTime revokedAt) {

    public AgreementStatus status(OffsetDateTime now) {
        return AgreementStatus.of(revokedAt, expiresAt, now);
    }

    /**
     * A pilot's agreement: its only access mode is {@code aggregate}. Its organisation asks
     * questions of the whole cohort and never learns who is in it: such an agreement is left out
     * of the organisation's listings, counts, webhooks and erasure notices.
     */
    public boolean aggregateOnly() {
        return accessModes.contains("aggregate");
    }
}
