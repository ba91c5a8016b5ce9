package org.hearth.tenants.console;

import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.UUID;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.tenants.clients.ClientService;
import org.hearth.web.pages.Frames;
import org.hearth.web.pages.Layout;
import org.hearth.web.pages.Messages;
import org.hearth.web.pages.Templates;
import org.hearth.web.security.Security;

/** What every console page shares: the member's tenant and role check, the templates, and the one layout. */
final class ConsoleContext {

    private static final Templates TEMPLATES = Templates.precompiled(ConsoleContext.class, "org.hearth.tenants.console.jte");

    private final Frames frames;
    private final ClientService clients;

    ConsoleContext(Security security, ClientService clients) {
        this.frames = new Frames(security);
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
        return frames.csrf(rc);
    }

    /** A signed-in member's page: the organisation's name above the heading, the console's navigation. */
    void send(RoutingContext rc, Messages m, String heading, String template, Object model) {
        String name = clients.consoleTenantRecord(rc).name();
        Layout.send(rc, frames.of(rc, m, heading + " · " + m.t("console.title", name), heading, name), TEMPLATES.render(template, model));
    }

    /** A visitor's page (the invitation), without navigation. */
    void sendPublic(RoutingContext rc, Messages m, String title, String heading, String template, Object model) {
        Layout.send(rc, frames.of(rc, m, title, heading, null), TEMPLATES.render(template, model));
    }

    static void redirect(RoutingContext rc, String location) {
        rc.response().setStatusCode(303).putHeader("Location", location).end();
    }
}
