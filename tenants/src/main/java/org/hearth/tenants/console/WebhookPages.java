package org.hearth.tenants.console;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.UUID;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.tenants.webhooks.WebhookService;
import org.hearth.web.pages.Messages;

/**
 * {@code /console/webhooks}: the organisation's endpoints, registering a new one (its signing
 * secret shown once), and for each endpoint every delivery with every attempt: when, the HTTP
 * status or the error, and when the next try is due. This is where a developer finds out why
 * their receiver missed an event.
 */
final class WebhookPages {

    private final ConsoleContext kit;
    private final WebhookService webhooks;

    WebhookPages(ConsoleContext kit, WebhookService webhooks) {
        this.kit = kit;
        this.webhooks = webhooks;
    }

    void mount(Router router, io.vertx.core.Handler<RoutingContext> guard, BodyHandler forms) {
        router.get("/console/webhooks").handler(guard).handler(rc -> list(rc, null, null));
        router.post("/console/webhooks").handler(forms).handler(guard).handler(this::register);
        router.get("/console/webhooks/:id").handler(guard).handler(this::detail);
        router.get("/console/webhooks/:id/delete").handler(guard).handler(this::askDelete);
        router.post("/console/webhooks/:id/delete").handler(forms).handler(guard).handler(ConsoleConfirm.required()).handler(this::delete);
    }

    private void askDelete(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        kit.tenantFor(rc, "admin", "developer");
        String url = hook(rc).getString("url");
        ConsoleConfirm.ask(kit, rc, m, m.t("con.confirm.webhook.title"), m.t("con.confirm.webhook.question", url),
                List.of(m.t("con.confirm.webhook.events"), m.t("con.confirm.webhook.pending"), m.t("con.confirm.webhook.history")),
                m.t("con.confirm.webhook.button"), "/console/webhooks");
    }

    private void delete(RoutingContext rc) {
        org.hearth.kernel.actor.TenantScope tenant = kit.tenantFor(rc, "admin", "developer");
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            throw new HearthException(ErrorCode.NOT_FOUND, "You have no webhook with this id.");
        }
        webhooks.delete(ConsoleContext.context(rc, "webhooks.delete"), tenant, id);
        ConsoleContext.redirect(rc, "/console/webhooks?done=webhook-deleted");
    }

    /** The tenant's live endpoint named by the path, or 404. */
    private JsonObject hook(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            throw new HearthException(ErrorCode.NOT_FOUND, "You have no webhook with this id.");
        }
        return webhooks.list(kit.tenant(rc)).stream().map(org.hearth.tenants.webhooks.WebhookJson::webhook)
                .filter(w -> w.getString("id").equals(id.toString())).findFirst()
                .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "You have no webhook with this id."));
    }

    private void register(RoutingContext rc) {
        org.hearth.kernel.actor.TenantScope tenant = kit.tenantFor(rc, "admin", "developer");
        var f = rc.request().formAttributes();
        try {
            JsonObject created = org.hearth.tenants.webhooks.WebhookJson.registered(webhooks.register(ConsoleContext.context(rc, "webhooks.register"), tenant, f.get("url"), List.copyOf(f.getAll("events"))));
            rc.response().setStatusCode(201);
            list(rc, created, null);
        } catch (HearthException e) {
            rc.response().setStatusCode(e.code().status());
            list(rc, null, e.detail());
        }
    }

    private void list(RoutingContext rc, JsonObject created, String error) {
        Messages m = Messages.forRequest(rc);
        org.hearth.kernel.actor.TenantScope tenant = kit.tenant(rc);
        kit.send(rc, m, m.t("nav.console.webhooks"), "webhooks.jte", new ConsoleModels.Webhooks(m, kit.csrf(rc), error,
                created == null ? null : created.getString("secret"), ConsolePages.hookRows(webhooks, tenant),
                !"analyst".equals(ConsoleContext.role(rc)), WebhookService.EVENTS.stream().sorted().toList(),
                "webhook-deleted".equals(rc.queryParams().get("done")) ? m.t("con.done.webhook-deleted") : null));
    }

    private void detail(RoutingContext rc) {
        org.hearth.kernel.actor.TenantScope tenant = kit.tenant(rc);
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            throw new HearthException(ErrorCode.NOT_FOUND, "You have no webhook with this id.");
        }
        JsonObject hook = hook(rc);
        Messages m = Messages.forRequest(rc);
        List<ConsoleModels.DeliveryRows> deliveries = webhooks.deliveries(tenant, id).stream().map(d -> {
            JsonObject delivery = org.hearth.tenants.webhooks.WebhookJson.delivery(d);
            var attempts = delivery.getJsonArray("attempts");
            List<ConsoleModels.AttemptRow> rows = new java.util.ArrayList<>();
            if (attempts.isEmpty()) {
                rows.add(new ConsoleModels.AttemptRow(delivery.getString("type"), delivery.getString("eventId"), "—", "—", null, null));
            }
            attempts.forEach(a -> {
                JsonObject attempt = (JsonObject) a;
                rows.add(new ConsoleModels.AttemptRow(delivery.getString("type"), delivery.getString("eventId"),
                        String.valueOf(attempt.getInteger("attempt")), ConsoleModels.moment(m, attempt.getString("at")), attempt.getInteger("status"),
                        attempt.getString("error")));
            });
            return new ConsoleModels.DeliveryRows(rows, delivery.getBoolean("delivered"), delivery.getBoolean("gaveUp"),
                    ConsoleModels.moment(m, delivery.getString("nextAttemptAt")));
        }).toList();
        kit.send(rc, m, m.t("con.deliveries.title"), "deliveries.jte", new ConsoleModels.Deliveries(m, hook.getString("url"), deliveries));
    }
}
