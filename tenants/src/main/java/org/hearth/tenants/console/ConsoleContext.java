package org.hearth.tenants.console;

import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.tenants.clients.TenantCalls;
import org.hearth.web.Calls;
import org.hearth.web.pages.Frames;
import org.hearth.web.pages.Layout;
import org.hearth.web.pages.Messages;
import org.hearth.web.pages.Templates;
import org.hearth.web.security.Security;

/** What every console page shares: the member's tenant and role check, the templates, and the one layout. */
final class ConsoleContext {

    private static final Templates TEMPLATES = Templates.precompiled(ConsoleContext.class, "org.hearth.tenants.console.jte");

    private final Frames frames;
    private final TenantCalls tenants;

    ConsoleContext(Security security, TenantCalls tenants) {
        this.frames = new Frames(security);
        this.tenants = tenants;
    }

    /** The caller's tenant, when the member holds one of {@code roles}; 403 otherwise. */
    TenantScope tenantFor(RoutingContext rc, String... roles) {
        Actor caller = Security.caller(rc);
        if (Arrays.stream(roles).noneMatch(caller::hasRole)) {
            throw new HearthException(ErrorCode.FORBIDDEN, "Your role cannot do this; it needs " + String.join(" or ", roles) + ".");
        }
        return tenants.console(rc);
    }

    /** Any member's tenant. */
    TenantScope tenant(RoutingContext rc) {
        return tenants.console(rc);
    }

    /** The kind of the member's organisation: company, nonprofit or public_body. */
    String kind(RoutingContext rc) {
        return tenants.consoleTenant(rc).kind();
    }

    /** The audited context of a console action, named {@code page.console.<action>}. */
    static CallContext context(RoutingContext rc, String action) {
        return Calls.context(rc, "page.console." + action);
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
        String name = tenants.consoleTenant(rc).name();
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
