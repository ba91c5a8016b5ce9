package org.hearth.tenants.console;

import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.tenants.clients.TenantCalls;
import org.hearth.web.Calls;
import org.hearth.kernel.actor.Actor;
import org.hearth.web.pages.Html;
import org.hearth.web.pages.Messages;
import org.hearth.web.security.Security;

/** What every console page shares: the navigation, the role check and the page frame. */
final class ConsoleKit {

    private final Security security;
    private final TenantCalls tenants;

    ConsoleKit(Security security, TenantCalls tenants) {
        this.security = security;
        this.tenants = tenants;
    }

    /** The caller's tenant, when the member holds one of {@code roles}; 403 otherwise. */
    TenantScope tenantFor(RoutingContext rc, String... roles) {
        Actor caller = Calls.actor(rc);
        if (Arrays.stream(roles).noneMatch(caller::hasRole)) {
            throw new HearthException(ErrorCode.FORBIDDEN, "Your role cannot do this; it needs " + String.join(" or ", roles) + ".");
        }
        return tenants.console(rc);
    }

    /** Any member's tenant. */
    TenantScope tenant(RoutingContext rc) {
        return tenants.console(rc);
    }

    /** The audited context of a console action, named {@code page.console.<action>}. */
    static CallContext context(RoutingContext rc, String action) {
        return Calls.context(rc, "page.console." + action);
    }

    /** The signed-in member's e-mail address is not in the caller; their role is. */
    static String role(RoutingContext rc) {
        Actor caller = Calls.actor(rc);
        return caller.hasRole("admin") ? "admin" : caller.hasRole("developer") ? "developer" : "analyst";
    }

    String csrf(RoutingContext rc) {
        return Html.hidden("pac4jCsrfToken", security.csrfToken(rc));
    }

    void send(RoutingContext rc, String heading, String body) {
        Messages m = Messages.forRequest(rc);
        String name = tenants.consoleTenant(rc).name();
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
