package org.hearth.web.audit;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One row of the audit trail: who acted (kind, id, and for staff or team members the person),
 * with which credential, which operation in which request, for which tenant, under which scope.
 */
public record AuditEntry(long id, Instant at, String actorKind, UUID actorId, Optional<UUID> actorPerson, String credential,
                         String operation, String requestId, Optional<UUID> tenantId, String scope) {
}
