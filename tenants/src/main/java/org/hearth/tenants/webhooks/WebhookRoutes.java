package org.hearth.tenants.webhooks;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.tenants.clients.TenantCalls;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** Webhook endpoints and their deliveries; erasure requests and their acknowledgement; the operator's outstanding list. */
public final class WebhookRoutes implements ApiRoutes {

    private final WebhookService webhooks;
    private final TenantCalls tenants;

    WebhookRoutes(WebhookService webhooks, TenantCalls tenants) {
        this.webhooks = webhooks;
        this.tenants = tenants;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("createWebhook", tenants.guarded(this::create))
                .handle("listWebhooks", tenants.guarded(rc -> Api.json(rc, 200,
                        WebhookJson.items(webhooks.list(Calls.tenant(rc)).stream().map(WebhookJson::webhook).toList()))))
                .handle("deleteWebhook", tenants.guarded(rc -> {
                    webhooks.delete(Calls.context(rc), Calls.tenant(rc), id(rc, "webhook"));
                    Api.noContent(rc);
                }))
                .handle("listWebhookDeliveries", tenants.guarded(rc -> Api.json(rc, 200,
                        WebhookJson.items(webhooks.deliveries(Calls.tenant(rc), id(rc, "webhook")).stream().map(WebhookJson::delivery).toList()))))
                .handle("listErasureRequests", tenants.guarded(rc -> Api.json(rc, 200,
                        WebhookJson.items(webhooks.erasureRequests(Calls.tenant(rc)).stream().map(WebhookJson::erasure).toList()))))
                .handle("acknowledgeErasureRequest", tenants.guarded(rc -> {
                    webhooks.acknowledge(Calls.context(rc), Calls.tenant(rc), id(rc, "erasure request"));
                    Api.noContent(rc);
                }))
                .handle("listOutstandingErasureRequests", rc -> Api.json(rc, 200, WebhookJson.items(webhooks.outstandingErasureRequests(Calls.context(rc))
                        .stream().map(e -> WebhookJson.erasure(e).put("tenantId", e.tenantId().toString())).toList())));
    }

    private void create(RoutingContext rc) {
        JsonObject body = Api.body(rc);
        JsonArray events = body.getJsonArray("events", new JsonArray());
        Webhook.Registered created = webhooks.register(Calls.context(rc), Calls.tenant(rc), body.getString("url"),
                events.stream().map(String::valueOf).toList());
        rc.response().putHeader("Cache-Control", "no-store");
        Api.json(rc, 201, WebhookJson.registered(created));
    }

    private static UUID id(RoutingContext rc, String what) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            throw new HearthException(ErrorCode.NOT_FOUND, "You have no " + what + " with this id.");
        }
        return id;
    }
}
