package org.hearth.tenants.deliveries;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import org.hearth.datastore.Record;
import org.hearth.datastore.RecordJson;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.tenants.clients.TenantCalls;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/**
 * {@code POST /api/v1/tenant/agreements/{id}/records}: deliver a record. The Idempotency-Key
 * header is required; a retry with the same key and body creates nothing and gets the first answer.
 */
final class DeliveryRoutes implements ApiRoutes {

    private final DeliveryService deliveries;
    private final TenantCalls tenants;

    DeliveryRoutes(DeliveryService deliveries, TenantCalls tenants) {
        this.deliveries = deliveries;
        this.tenants = tenants;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle(DeliveryService.OPERATION, tenants.guarded(this::deliver));
    }

    private void deliver(RoutingContext rc) {
        TenantScope tenant = Calls.tenant(rc);
        String key = rc.request().getHeader("Idempotency-Key");
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "Send an Idempotency-Key header (1 to 200 characters) with every delivery.");
        }
        UUID agreement = Ids.parseOrNull(rc.pathParam("id"));
        if (agreement == null) {
            throw new HearthException(ErrorCode.NOT_FOUND, "There is no agreement with this id.");
        }
        JsonObject body = Api.body(rc);
        Record.Content content = new Record.Content(body.getString("schema"), body.getString("category"), body.getString("title"),
                body.getJsonObject("data").encode());
        DeliveryService.Outcome outcome = deliveries.deliver(Calls.context(rc), tenant, tenants.admitted(rc).plan(), key, new Delivery(agreement, content, Boolean.TRUE.equals(body.getBoolean("verified"))));
        JsonObject json = RecordJson.of(outcome.record());
        json.remove("attachment");
        rc.response().setStatusCode(outcome.status()).putHeader("Content-Type", "application/json")
                .putHeader("Idempotent-Replayed", String.valueOf(outcome.replayed())).end(json.encode());
    }
}
