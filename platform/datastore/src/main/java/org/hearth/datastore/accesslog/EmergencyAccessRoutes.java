package org.hearth.datastore.accesslog;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import org.hearth.datastore.RecordJson;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** {@code POST /api/v1/operator/individuals/{id}/emergency-access}. */
public final class EmergencyAccessRoutes implements ApiRoutes {

    private final EmergencyAccess access;

    public EmergencyAccessRoutes(EmergencyAccess access) {
        this.access = access;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("emergencyAccess", this::open);
    }

    private void open(RoutingContext rc) {
        UUID individual = Ids.parseOrNull(rc.pathParam("id"));
        if (individual == null) {
            throw new HearthException(ErrorCode.NOT_FOUND, "There is no personal data store for this account.");
        }
        JsonArray items = new JsonArray();
        access.open(Calls.context(rc), individual, Api.body(rc).getString("reason")).forEach(r -> items.add(RecordJson.of(r)));
        rc.response().putHeader("Cache-Control", "no-store");
        Api.json(rc, 200, new JsonObject().put("items", items).put("logged", true));
    }
}
