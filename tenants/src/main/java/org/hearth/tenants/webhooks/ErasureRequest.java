package org.hearth.tenants.webhooks;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** A tenant's duty to erase what it holds about an individual (known to it by the pairwise subject id). */
public record ErasureRequest(UUID id, UUID tenantId, String subjectId, OffsetDateTime requestedAt, Optional<OffsetDateTime> acknowledgedAt) {
}
