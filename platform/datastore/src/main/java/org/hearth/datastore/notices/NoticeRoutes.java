package org.hearth.datastore.notices;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import org.hearth.datastore.IndividualNotices;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** {@code /api/v1/me/notices}: what the dashboard's notices list shows, for apps; and marking one read. */
public final class NoticeRoutes implements ApiRoutes {

    private final IndividualNotices notices;

    public NoticeRoutes(IndividualNotices notices) {
        this.notices = notices;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("listNotices", this::list).handle("markNoticeRead", this::markRead);
    }

    private void list(RoutingContext rc) {
        JsonArray items = new JsonArray();
        notices.mine(Calls.actor(rc)).forEach(n -> items.add(new JsonObject()
                .put("id", n.id().toString())
                .put("source", n.source())
                .put("text", new JsonObject().put("en", n.textEn()).put("fr", n.textFr()))
                .put("createdAt", n.createdAt().toString())
                .put("readAt", n.readAt() == null ? null : n.readAt().toString())));
        rc.response().putHeader("Cache-Control", "no-store");
        Api.json(rc, 200, new JsonObject().put("items", items));
    }

    private void markRead(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null || !notices.markRead(Calls.context(rc), id)) {
            throw new HearthException(ErrorCode.NOT_FOUND, "You have no notice with this id.");
        }
        Api.noContent(rc);
    }
}
