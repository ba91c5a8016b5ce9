package org.hearth.datastore.accesslog;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.UUID;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** {@code GET /api/v1/me/access-log} and its verification. */
public final class AccessLogRoutes implements ApiRoutes {

    private final AccessLog log;

    public AccessLogRoutes(AccessLog log) {
        this.log = log;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("listAccessLog", this::list).handle("verifyAccessLog", this::verify);
    }

    private void list(RoutingContext rc) {
        Long before = Api.longQuery(rc, "before");
        Long askedLimit = Api.longQuery(rc, "limit");
        int limit = askedLimit == null ? 50 : (int) Math.max(1, Math.min(200, askedLimit));
        List<AccessEntry> entries = log.list(Calls.actor(rc), before, limit);
        JsonArray items = new JsonArray();
        entries.forEach(e -> items.add(toJson(e)));
        boolean more = entries.size() == limit && entries.getLast().seq() > 1;
        Api.json(rc, 200, new JsonObject().put("items", items).put("nextBefore", more ? entries.getLast().seq() : null));
    }

    private void verify(RoutingContext rc) {
        AccessLog.Verification v = log.verify(Calls.actor(rc));
        Api.json(rc, 200, new JsonObject().put("intact", v.intact()).put("entries", v.entries()).put("firstBrokenSeq", v.firstBrokenSeq())
                .put("head", new JsonObject().put("seq", v.headSeq()).put("hash", java.util.HexFormat.of().formatHex(v.headHash()))));
    }

    public static JsonObject toJson(AccessEntry e) {
        return new JsonObject()
                .put("seq", e.seq())
                .put("occurredAt", e.occurredAt().toString())
                .put("actor", new JsonObject().put("kind", e.actorKind()).put("id", e.actorId()))
                .put("action", e.action())
                .put("agreementId", e.agreementId() == null ? null : e.agreementId().toString())
                .put("recordIds", new JsonArray(e.recordIds().stream().map(UUID::toString).toList()))
                .put("categories", new JsonArray(e.categories()))
                .put("reason", e.reason())
                .put("hash", e.hash() == null ? null : java.util.HexFormat.of().formatHex(e.hash()));
    }
}
