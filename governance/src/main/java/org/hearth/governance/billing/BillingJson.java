package org.hearth.governance.billing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** The wire shape of the rejected billing events. */
final class BillingJson {

    private BillingJson() {
    }

    static JsonObject rejected(List<RejectedEvent> events) {
        JsonArray items = new JsonArray();
        for (RejectedEvent e : events) {
            items.add(new JsonObject().put("eventId", e.eventId().toString()).put("outboxId", e.outboxId()).put("eventType", e.eventType())
                    .put("reason", e.reason()).put("recordedAt", e.recordedAt().toString()));
        }
        return new JsonObject().put("items", items);
    }
}
