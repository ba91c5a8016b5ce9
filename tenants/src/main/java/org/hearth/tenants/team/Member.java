package org.hearth.tenants.team;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A person who signs in to the tenant console with one role. */
public record Member(UUID id, String email, String role, OffsetDateTime createdAt) {
}
