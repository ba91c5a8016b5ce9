package org.hearth.tenants.console;

import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.UUID;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.tenants.clients.ClientService;
import org.hearth.kernel.actor.Actor;
import org.hearth.web.pages.Html;
import org.hearth.web.pages.Messages;
import org.hearth.web.security.Security;

/** What every console page shares: the navigation, the role check and the page frame. */
final class ConsoleKit {

    private final Security security;
    private final ClientService clients;

    ConsoleKit(Security security, ClientService clients) {
        this.security = security;
        this.clients = clients;
    }

    /** The caller's tenant, when the member holds one of {@code roles}; 403 otherwise. */
    UUID tenantFor(RoutingContext rc, String... roles) {
        Actor caller = Security.caller(rc);
        if (Arrays.stream(roles).noneMatch(caller::hasRole)) {
            throw new HearthException(ErrorCode.FORBIDDEN, "Your role cannot do this; it needs " + String.join(" or ", roles) + ".");
        }
        return clients.consoleTenant(rc);
    }

    /** Any member's tenant. */
    UUID tenant(RoutingContext rc) {
        return clients.consoleTenant(rc);
    }

    /** The signed-in member's e-mail address is not in the caller; their role is. */
    static String role(RoutingContext rc) {
        Actor caller = Security.caller(rc);
        return caller.hasRole("admin") ? "admin" : caller.hasRole("developer") ? "developer" : "analyst";
    }

    String csrf(RoutingContext rc) {
        return Html.hidden("pac4jCsrfToken", security.csrfToken(rc));
    }

    void send(RoutingContext rc, String heading, String body) {
        Messages m = Messages.forRequest(rc);
        String name = clients.consoleTenantRecord(rc).name();
        String nav = "<nav aria-label=\"Console\"><ul><li><a href=\"/console\">Overview</a></li><li><a href=\"/console/credentials\">Credentials</a></li>"
                + "<li><a href=\"/console/webhooks\">Webhooks</a></li><li><a href=\"/console/team\">Team</a></li>"
                + "<li><form method=\"post\" action=\"/logout\">" + csrf(rc) + "<button type=\"submit\">Sign out</button></form></li></ul></nav>";
        rc.response().putHeader("Content-Type", "text/html; charset=utf-8").putHeader("Cache-Control", "no-store")
                .end(Html.page(m.language(), heading + " · " + m.t("console.title", name), nav,
                        "<p>" + Html.esc(name) + "</p><h1>" + Html.esc(heading) + "</h1>" + body));
    }

    static String notice(String text) {
        return text == null ? "" : "<p class=\"notice\" role=\"status\">" + Html.esc(text) + "</p>";
    }

    static String error(String text) {
        return text == null ? "" : "<p class=\"error\" role=\"alert\">" + Html.esc(text) + "</p>";
    }

    static void redirect(RoutingContext rc, String location) {
        rc.response().setStatusCode(303).putHeader("Location", location).end();
    }
}
