package org.hearth.datastore;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The terms of a data request as an individual reviews them; the tenants module publishes them.
 * {@code endsAt}, when set (a pilot's request), is the latest any agreement under it may last:
 * an agreement accepted late in the pilot still ends with the pilot. {@code tenantKind} is the
 * organisation's kind ({@code company}, {@code nonprofit}, {@code public_body}) and {@code benefit}
 * what the person gets in return, in the organisation's words, or null when it offers nothing more.
 * {@code tenantVerifiedAt} is when the platform's operator last checked who the organisation is
 * (against a public register), or null while it has not.
 */
public record RequestTerms(UUID requestId, UUID tenantId, String tenantName, String tenantKind, String title, String purpose, String description,
                           List<String> categories, List<String> accessModes, int durationDays, int retentionDays,
                           String lawfulBasis, String policyUrl, String benefit, boolean open, OffsetDateTime endsAt,
                           OffsetDateTime tenantVerifiedAt) {

    /** The terms of a request without a fixed end (agreements last their duration). */
    public RequestTerms(UUID requestId, UUID tenantId, String tenantName, String title, String purpose, String description,
                        List<String> categories, List<String> accessModes, int durationDays, int retentionDays,
                        String lawfulBasis, String policyUrl, boolean open) {
        this(requestId, tenantId, tenantName, "company", title, purpose, description, categories, accessModes, durationDays, retentionDays,
                lawfulBasis, policyUrl, null, open, null, null);
    }

    /** A pilot's request: the organisation asks aggregate questions and never sees or receives a record. */
    public boolean aggregateOnly() {
        return accessModes.equals(List.of("aggregate"));
    }

    /**
     * When an agreement accepted at {@code grantedAt} ends: its duration later, or the request's
     * end if that comes first.
     */
    public OffsetDateTime expiryFor(OffsetDateTime grantedAt) {
        OffsetDateTime byDuration = grantedAt.plusDays(durationDays);
        return endsAt != null && endsAt.isBefore(byDuration) ? endsAt : byDuration;
    }
}
