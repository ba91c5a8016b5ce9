package org.hearth.governance.billing;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A billing event the poster could not book, with the reason (which field, never a value), for operators. */
public record RejectedEvent(UUID eventId, long outboxId, String eventType, String reason, OffsetDateTime recordedAt) {
}
