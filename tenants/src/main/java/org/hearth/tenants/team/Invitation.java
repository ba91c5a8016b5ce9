package org.hearth.tenants.team;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An invitation not yet accepted, withdrawn or expired. */
public record Invitation(UUID id, String email, String role, String invitedBy, OffsetDateTime expiresAt) {
}
