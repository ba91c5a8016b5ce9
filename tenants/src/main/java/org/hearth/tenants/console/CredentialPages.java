package org.hearth.tenants.console;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.UUID;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.tenants.clients.ClientCredentials;
import org.hearth.tenants.clients.ClientService;
import org.hearth.web.pages.Html;

/**
 * {@code /console/credentials}: the organisation's OAuth clients. Admins and developers create
 * one (its secret is shown on that answer only, never again) and revoke old ones, which is how
 * a secret is rotated with an overlap. Analysts see the list.
 */
final class CredentialPages {

    private final ConsoleKit kit;
    private final ClientService clients;
    private final String publicBaseUrl;

    CredentialPages(ConsoleKit kit, ClientService clients, String publicBaseUrl) {
        this.kit = kit;
        this.clients = clients;
        this.publicBaseUrl = publicBaseUrl;
    }

    void mount(Router router, io.vertx.core.Handler<RoutingContext> guard, BodyHandler forms) {
        router.get("/console/credentials").handler(guard).handler(rc -> page(rc, null, null));
        router.post("/console/credentials").handler(forms).handler(guard).handler(this::create);
        router.post("/console/credentials/:clientId/revoke").handler(forms).handler(guard).handler(this::revoke);
    }

    private void create(RoutingContext rc) {
        ClientCredentials created = clients.addClient(ConsoleKit.context(rc, "credentials.create"), kit.tenantFor(rc, "admin", "developer"));
        rc.response().setStatusCode(201);
        page(rc, created, null);
    }

    private void revoke(RoutingContext rc) {
        TenantScope tenant = kit.tenantFor(rc, "admin", "developer");
        try {
            clients.revokeClient(ConsoleKit.context(rc, "credentials.revoke"), tenant, rc.pathParam("clientId"));
            ConsoleKit.redirect(rc, "/console/credentials");
        } catch (HearthException e) {
            rc.response().setStatusCode(e.code().status());
            page(rc, null, e.detail());
        }
    }

    private void page(RoutingContext rc, ClientCredentials created, String error) {
        TenantScope tenant = kit.tenant(rc);
        boolean mayChange = !"analyst".equals(ConsoleKit.role(rc));
        StringBuilder body = new StringBuilder(ConsoleKit.error(error));
        if (created != null) {
            body.append("<section id=\"new-credential\" class=\"notice\" role=\"status\"><h2>New credential</h2>")
                    .append("<p>Copy the secret now: it is stored only as a digest and will not be shown again.</p><dl>")
                    .append("<dt>Client id</dt><dd><code id=\"client-id\">").append(Html.esc(created.clientId())).append("</code></dd>")
                    .append("<dt>Client secret</dt><dd><code id=\"client-secret\">").append(Html.esc(created.clientSecret())).append("</code></dd></dl>")
                    .append("<p>To rotate, switch your systems to this credential, then revoke the old one below.</p></section>");
        }
        body.append("<p>Exchange a client id and secret for an access token at <code>").append(Html.esc(publicBaseUrl))
                .append("/oauth/token</code> (client credentials grant).</p>")
                .append("<table id=\"credentials\"><thead><tr><th scope=\"col\">Client id</th><th scope=\"col\">Created</th>")
                .append("<th scope=\"col\">Status</th><th scope=\"col\"></th></tr></thead><tbody>");
        for (var c : clients.clients(tenant)) {
            String clientId = c.clientId();
            boolean active = c.revokedAt().isEmpty();
            body.append("<tr><td><code>").append(Html.esc(clientId)).append("</code></td><td>").append(Html.esc(c.createdAt().toString()))
                    .append("</td><td>").append(active ? "active" : "revoked " + Html.esc(c.revokedAt().get().toString())).append("</td><td>");
            if (active && mayChange) {
                body.append("<form method=\"post\" action=\"/console/credentials/").append(Html.esc(clientId)).append("/revoke\">")
                        .append(kit.csrf(rc)).append("<button type=\"submit\" aria-label=\"Revoke ").append(Html.esc(clientId))
                        .append("\">Revoke</button></form>");
            }
            body.append("</td></tr>");
        }
        body.append("</tbody></table>");
        if (mayChange) {
            body.append("<form method=\"post\" action=\"/console/credentials\">").append(kit.csrf(rc))
                    .append("<button type=\"submit\">Create a credential</button></form>");
        }
        body.append("<h2>Signing key</h2><p>Records you deliver as verified are signed with your organisation's key; anyone can check them "
                + "against <a href=\"").append(Html.esc(publicBaseUrl)).append("/api/v1/tenants/").append(tenant.tenantId()).append("/jwks.json\">your public keys</a>.</p>");
        kit.send(rc, "Credentials", body.toString());
    }
}
