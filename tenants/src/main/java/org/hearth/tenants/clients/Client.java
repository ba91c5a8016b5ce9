package org.hearth.tenants.clients;

import java.time.OffsetDateTime;
import java.util.Optional;

/** One of a tenant's OAuth clients, as its tenant sees it (never its secret). */
public record Client(String clientId, OffsetDateTime createdAt, Optional<OffsetDateTime> revokedAt) {
}
