package org.hearth.tenants.webhooks;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** The wire shapes of webhooks, their deliveries and erasure requests. */
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
}
