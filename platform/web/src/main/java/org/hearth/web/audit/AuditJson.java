package org.hearth.web.audit;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The wire shape of a page of the audit trail (openapi.yaml, {@code AuditEntries}). */
final class AuditJson {

    private AuditJson() {
    }

    static JsonObject page(AuditTrail.Page page) {
        JsonArray items = new JsonArray();
        page.items().forEach(entry -> items.add(entry(entry)));
        JsonObject body = new JsonObject().put("items", items);
        page.nextBefore().ifPresent(id -> body.put("nextBefore", id));
        return body;
    }

    static JsonObject entry(AuditEntry entry) {
        JsonObject json = new JsonObject()
                .put("id", entry.id())
                .put("at", entry.at().toString())
                .put("actorKind", entry.actorKind())
                .put("actorId", entry.actorId().toString())
                .put("credential", entry.credential())
                .put("operation", entry.operation())
                .put("requestId", entry.requestId())
                .put("scope", entry.scope());
        entry.actorPerson().ifPresent(id -> json.put("actorPerson", id.toString()));
        entry.tenantId().ifPresent(id -> json.put("tenantId", id.toString()));
        return json;
    }
}
