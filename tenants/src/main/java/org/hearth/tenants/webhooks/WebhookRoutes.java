package org.hearth.tenants.webhooks;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.tenants.clients.ClientService;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** Webhook endpoints and their deliveries; erasure requests and their acknowledgement; the operator's outstanding list. */
public final class WebhookRoutes implements ApiRoutes {

    private final WebhookService webhooks;
    private final ClientService clients;

    WebhookRoutes(WebhookService webhooks, ClientService clients) {
        this.webhooks = webhooks;
        this.clients = clients;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("createWebhook", this::create)
                .handle("listWebhooks", rc -> Api.json(rc, 200, new JsonObject().put("items", webhooks.list(clients.activeTenant(rc)))))
                .handle("listWebhookDeliveries", rc -> Api.json(rc, 200, new JsonObject().put("items",
                        webhooks.deliveries(clients.activeTenant(rc), id(rc, "webhook")))))
                .handle("listErasureRequests", rc -> Api.json(rc, 200, new JsonObject().put("items", webhooks.erasureRequests(clients.activeTenant(rc)))))
                .handle("acknowledgeErasureRequest", rc -> {
                    webhooks.acknowledge(clients.activeTenant(rc), id(rc, "erasure request"));
                    Api.noContent(rc);
                })
                .handle("listOutstandingErasureRequests", rc -> Api.json(rc, 200, new JsonObject().put("items", webhooks.outstandingErasureRequests())));
    }

    private void create(RoutingContext rc) {
        JsonObject body = Api.body(rc);
        JsonArray events = body.getJsonArray("events", new JsonArray());
        JsonObject created = webhooks.register(clients.activeTenant(rc), body.getString("url"), events.stream().map(String::valueOf).toList());
        rc.response().putHeader("Cache-Control", "no-store");
        Api.json(rc, 201, created);
    }

    private static UUID id(RoutingContext rc, String what) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            throw new HearthException(ErrorCode.NOT_FOUND, "You have no " + what + " with this id.");
        }
        return id;
    }

}
