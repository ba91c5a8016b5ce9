package org.hearth.tenants.webhooks;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hearth.datastore.IndividualErased;
import org.hearth.kernel.outbox.EventCodec;

/**
 * The wire shapes of webhooks, their deliveries and erasure requests, and of the events posted to
 * the endpoints: {@code {id, type, occurredAt, data}}, where data is the outbox payload (less the
 * tenant it is for) or, for an erasure, the request the tenant is to acknowledge.
 */
public final class WebhookJson {

    private WebhookJson() {
    }

    public static JsonObject registered(Webhook.Registered w) {
        return new JsonObject().put("id", w.id().toString()).put("url", w.url()).put("events", new JsonArray(w.events())).put("secret", w.secret());
    }

    public static JsonObject webhook(Webhook w) {
        return new JsonObject().put("id", w.id().toString()).put("url", w.url()).put("events", new JsonArray(w.events()))
                .put("createdAt", w.createdAt().toString());
    }

    public static JsonObject delivery(WebhookDelivery d) {
        JsonArray attempts = new JsonArray();
        d.attempts().forEach(a -> attempts.add(new JsonObject().put("attempt", a.attempt()).put("at", a.at().toString())
                .put("status", a.status().orElse(null)).put("error", a.error().orElse(null))));
        return new JsonObject().put("id", d.id().toString()).put("eventId", d.eventId().toString()).put("type", d.type())
                .put("delivered", d.delivered()).put("gaveUp", d.gaveUp())
                .put("nextAttemptAt", d.delivered() ? null : d.nextAttemptAt().toString()).put("attempts", attempts);
    }

    static JsonObject erasure(ErasureRequest e) {
        return new JsonObject().put("id", e.id().toString()).put("subjectId", e.subjectId()).put("requestedAt", e.requestedAt().toString())
                .put("acknowledgedAt", e.acknowledgedAt().map(Object::toString).orElse(null));
    }

    static JsonObject items(List<JsonObject> items) {
        return new JsonObject().put("items", new JsonArray(List.copyOf(items)));
    }

    /** The tenant an agreement event is for. */
    static UUID tenantOf(String payloadJson) {
        return UUID.fromString(new JsonObject(payloadJson).getString("tenantId"));
    }

    /** The tenants an erasure concerns, each with the subject id it knows the individual by. */
    static List<IndividualErased.Holder> erasureHolders(String payloadJson) {
        return EventCodec.decode(IndividualErased.class, new JsonObject(payloadJson)).holders();
    }

    /** An agreement event's body: its outbox payload without the tenant id, which the tenant knows. */
    static String agreementEvent(UUID eventId, String type, OffsetDateTime occurredAt, String payloadJson) {
        JsonObject data = new JsonObject(payloadJson);
        data.remove("tenantId");
        return event(eventId, type, occurredAt, data);
    }

    /** An erasure's body for one tenant: the request to acknowledge and the subject to erase. */
    static String erasureEvent(UUID eventId, String type, OffsetDateTime occurredAt, UUID erasureRequestId, String subjectId) {
        return event(eventId, type, occurredAt, new JsonObject().put("erasureRequestId", erasureRequestId.toString()).put("subjectId", subjectId));
    }

    private static String event(UUID eventId, String type, OffsetDateTime occurredAt, JsonObject data) {
        return new JsonObject().put("id", eventId.toString()).put("type", type).put("occurredAt", occurredAt.toString()).put("data", data).encode();
    }
}
