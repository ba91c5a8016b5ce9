package org.hearth.tenants.console;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.UUID;
import org.hearth.kernel.error.HearthException;
import org.hearth.tenants.clients.ClientCredentials;
import org.hearth.tenants.clients.ClientService;
import org.hearth.web.pages.Messages;

/**
 * {@code /console/credentials}: the organisation's OAuth clients. Admins and developers create
 * one (its secret is shown on that answer only, never again) and revoke old ones, which is how
 * a secret is rotated with an overlap. Analysts see the list.
 */
final class CredentialPages {

    private final ConsoleContext kit;
    private final ClientService clients;
    private final String publicBaseUrl;

    CredentialPages(ConsoleContext kit, ClientService clients, String publicBaseUrl) {
        this.kit = kit;
        this.clients = clients;
        this.publicBaseUrl = publicBaseUrl;
    }

    void mount(Router router, io.vertx.core.Handler<RoutingContext> guard, BodyHandler forms) {
        router.get("/console/credentials").handler(guard).handler(rc -> page(rc, null, null));
        router.post("/console/credentials").handler(forms).handler(guard).handler(this::create);
        router.get("/console/credentials/:clientId/revoke").handler(guard).handler(rc -> {
            Messages m = Messages.forRequest(rc);
            kit.tenantFor(rc, "admin", "developer");
            ConsoleConfirm.ask(kit, rc, m, m.t("con.confirm.credential.title"), m.t("con.confirm.credential.question", rc.pathParam("clientId")),
                    List.of(m.t("con.confirm.credential.tokens"), m.t("con.confirm.credential.final")), m.t("con.confirm.credential.button"), "/console/credentials");
        });
        router.post("/console/credentials/:clientId/revoke").handler(forms).handler(guard).handler(ConsoleConfirm.required()).handler(this::revoke);
    }

    private void create(RoutingContext rc) {
        ClientCredentials created = clients.addClient(ConsoleContext.context(rc, "credentials.create"), kit.tenantFor(rc, "admin", "developer"));
        rc.response().setStatusCode(201);
        page(rc, created, null);
    }

    private void revoke(RoutingContext rc) {
        org.hearth.kernel.actor.TenantScope tenant = kit.tenantFor(rc, "admin", "developer");
        try {
            clients.revokeClient(ConsoleContext.context(rc, "credentials.revoke"), tenant, rc.pathParam("clientId"));
            ConsoleContext.redirect(rc, "/console/credentials?done=credential-revoked");
        } catch (HearthException e) {
            rc.response().setStatusCode(e.code().status());
            page(rc, null, e.detail());
        }
    }

    private void page(RoutingContext rc, ClientCredentials created, String error) {
        Messages m = Messages.forRequest(rc);
        org.hearth.kernel.actor.TenantScope tenant = kit.tenant(rc);
        boolean mayChange = !"analyst".equals(ConsoleContext.role(rc));
        kit.send(rc, m, m.t("nav.console.credentials"), "credentials.jte", new ConsoleModels.Credentials(m, kit.csrf(rc), error,
                created == null ? null : created.clientId(), created == null ? null : created.clientSecret(), publicBaseUrl + "/oauth/token",
                ConsolePages.clientRows(m, clients.clients(tenant)), mayChange, publicBaseUrl + "/api/v1/tenants/" + tenant.tenantId() + "/jwks.json"));
    }
}
