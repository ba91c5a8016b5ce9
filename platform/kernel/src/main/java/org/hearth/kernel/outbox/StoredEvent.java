package org.hearth.kernel.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A committed outbox event as a consumer with its own cursor reads it. */
public record StoredEvent(OutboxPosition position, UUID eventId, String eventType, String payloadJson, OffsetDateTime createdAt) {
}
