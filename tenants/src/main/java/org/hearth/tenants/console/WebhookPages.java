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
import org.hearth.kernel.actor.TenantScope;
import org.hearth.tenants.webhooks.WebhookJson;
import org.hearth.tenants.webhooks.WebhookService;
import org.hearth.web.pages.Html;

/**
 * {@code /console/webhooks}: the organisation's endpoints, registering a new one (its signing
 * secret shown once), and for each endpoint every delivery with every attempt: when, the HTTP
 * status or the error, and when the next try is due. This is where a developer finds out why
 * their receiver missed an event.
 */
final class WebhookPages {

    private final ConsoleKit kit;
    private final WebhookService webhooks;

    WebhookPages(ConsoleKit kit, WebhookService webhooks) {
        this.kit = kit;
        this.webhooks = webhooks;
    }

    void mount(Router router, io.vertx.core.Handler<RoutingContext> guard, BodyHandler forms) {
        router.get("/console/webhooks").handler(guard).handler(rc -> list(rc, null, null));
        router.post("/console/webhooks").handler(forms).handler(guard).handler(this::register);
        router.get("/console/webhooks/:id").handler(guard).handler(this::detail);
    }

    private void register(RoutingContext rc) {
        TenantScope tenant = kit.tenantFor(rc, "admin", "developer");
        var f = rc.request().formAttributes();
        try {
            JsonObject created = WebhookJson.registered(webhooks.register(ConsoleKit.context(rc, "webhooks.register"), tenant, f.get("url"), List.copyOf(f.getAll("events"))));
            rc.response().setStatusCode(201);
            list(rc, created, null);
        } catch (HearthException e) {
            rc.response().setStatusCode(e.code().status());
            list(rc, null, e.detail());
        }
    }

    private void list(RoutingContext rc, JsonObject created, String error) {
        TenantScope tenant = kit.tenant(rc);
        StringBuilder body = new StringBuilder(ConsoleKit.error(error));
        if (created != null) {
            body.append("<section id=\"new-webhook\" class=\"notice\" role=\"status\"><h2>Webhook registered</h2>")
                    .append("<p>Check each delivery's <code>Hearth-Signature</code> header with this secret; it will not be shown again.</p>")
                    .append("<p><code id=\"webhook-secret\">").append(Html.esc(created.getString("secret"))).append("</code></p></section>");
        }
        body.append("<table id=\"webhooks\"><thead><tr><th scope=\"col\">URL</th><th scope=\"col\">Events</th><th scope=\"col\">Delivered</th>")
                .append("<th scope=\"col\">Pending</th><th scope=\"col\">Gave up</th></tr></thead><tbody>");
        var counts = webhooks.deliveryCounts(tenant);
        webhooks.list(tenant).stream().map(WebhookJson::webhook).forEach(hook -> {
            var count = counts.getOrDefault(UUID.fromString(hook.getString("id")), new WebhookService.DeliveryCounts(0, 0, 0));
            body.append("<tr><td><a href=\"/console/webhooks/").append(Html.esc(hook.getString("id"))).append("\">")
                    .append(Html.esc(hook.getString("url"))).append("</a></td><td>")
                    .append(Html.esc(String.join(", ", hook.getJsonArray("events").stream().map(Object::toString).toList())))
                    .append("</td><td>").append(count.delivered()).append("</td><td>").append(count.pending())
                    .append("</td><td>").append(count.gaveUp()).append("</td></tr>");
        });
        body.append("</tbody></table>");
        if (!"analyst".equals(ConsoleKit.role(rc))) {
            body.append("<h2>Register a webhook</h2><form method=\"post\" action=\"/console/webhooks\">").append(kit.csrf(rc))
                    .append("<label for=\"url\">URL (https)</label><input id=\"url\" name=\"url\" type=\"url\" required>")
                    .append("<fieldset><legend>Events</legend>");
            WebhookService.EVENTS.stream().sorted().forEach(e -> body.append("<label><input type=\"checkbox\" name=\"events\" value=\"")
                    .append(e).append("\" checked> ").append(e).append("</label>"));
            body.append("</fieldset><button type=\"submit\">Register</button></form>");
        }
        kit.send(rc, "Webhooks", body.toString());
    }

    private void detail(RoutingContext rc) {
        TenantScope tenant = kit.tenant(rc);
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            throw new HearthException(ErrorCode.NOT_FOUND, "You have no webhook with this id.");
        }
        JsonObject hook = webhooks.list(tenant).stream().map(WebhookJson::webhook).filter(w -> w.getString("id").equals(id.toString()))
                .findFirst().orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "You have no webhook with this id."));
        StringBuilder body = new StringBuilder("<p>Deliveries to <code>").append(Html.esc(hook.getString("url")))
                .append("</code>, newest first, with every attempt.</p><table id=\"attempts\"><thead><tr><th scope=\"col\">Event</th>")
                .append("<th scope=\"col\">Event id</th><th scope=\"col\">Attempt</th><th scope=\"col\">At</th><th scope=\"col\">Outcome</th>")
                .append("</tr></thead><tbody>");
        webhooks.deliveries(tenant, id).stream().map(WebhookJson::delivery).forEach(delivery -> {
            var attempts = delivery.getJsonArray("attempts");
            String state = delivery.getBoolean("delivered") ? "delivered" : delivery.getBoolean("gaveUp") ? "gave up"
                    : "next attempt " + delivery.getString("nextAttemptAt");
            if (attempts.isEmpty()) {
                body.append(row(delivery, "—", "—", state));
            }
            attempts.forEach(a -> {
                JsonObject attempt = (JsonObject) a;
                Integer status = attempt.getInteger("status");
                String outcome = status != null ? "HTTP " + status : "error: " + attempt.getString("error");
                body.append(row(delivery, String.valueOf(attempt.getInteger("attempt")), attempt.getString("at"), outcome));
            });
            body.append("<tr><td colspan=\"5\"><small>").append(Html.esc(state)).append("</small></td></tr>");
        });
        body.append("</tbody></table><p><a href=\"/console/webhooks\">All webhooks</a></p>");
        kit.send(rc, "Webhook deliveries", body.toString());
    }

    private static String row(JsonObject delivery, String attempt, String at, String outcome) {
        return "<tr><td>" + Html.esc(delivery.getString("type")) + "</td><td><code>" + Html.esc(delivery.getString("eventId")) + "</code></td><td>"
                + Html.esc(attempt) + "</td><td>" + Html.esc(at) + "</td><td>" + Html.esc(outcome) + "</td></tr>";
    }
}
