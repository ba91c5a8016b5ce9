package org.hearth.kernel.outbox;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One committed event as it travels on the event bus. {@code eventId} is stable across
 * redeliveries, so consumers de-duplicate on it.
 */
public record DomainEvent(UUID eventId, long sequence, String aggregateType, String aggregateId, String type,
                          JsonObject payload, OffsetDateTime occurredAt) {

    public JsonObject toJson() {
        return new JsonObject()
                .put("eventId", eventId.toString())
                .put("sequence", sequence)
                .put("aggregateType", aggregateType)
                .put("aggregateId", aggregateId)
                .put("type", type)
                .put("payload", payload)
                .put("occurredAt", occurredAt.toString());
    }

    public static DomainEvent fromJson(JsonObject json) {
        return new DomainEvent(UUID.fromString(json.getString("eventId")), json.getLong("sequence"),
                json.getString("aggregateType"), json.getString("aggregateId"), json.getString("type"),
                json.getJsonObject("payload"), OffsetDateTime.parse(json.getString("occurredAt")));
    }
}
