package org.hearth.web.staff;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.hearth.kernel.actor.Actor;
import org.hearth.web.pages.Html;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/** {@code /staff}: where staff land after signing in, with the views their roles open. */
public final class StaffPages {

    private final Security security;

    public StaffPages(Security security) {
        this.security = security;
    }

    public void mount(Router router) {
        router.get("/staff").handler(security.pageGuard(Access.STAFF)).handler(this::home);
    }

    private void home(RoutingContext rc) {
        Actor caller = Security.caller(rc);
        StringBuilder body = new StringBuilder("<h1>Staff</h1><p>Signed in with roles: <strong id=\"roles\">")
                .append(Html.esc(String.join(", ", caller.roles().stream().sorted().toList()))).append("</strong></p><ul>");
        if (caller.hasRole("operator") || caller.hasRole("board")) {
            body.append("<li><a href=\"/board\">Board: years, dividend cap, reserves, reinvestment</a></li>");
        }
        if (caller.hasRole("operator")) {
            body.append("<li><a href=\"/governance/ledger\">Ledger and financial years</a></li>");
            body.append("<li><a href=\"/api/v1/operator/overview\">Operator overview (JSON)</a></li>");
            body.append("<li><a href=\"/staff/audit\">Audit trail: who wrote what, in which request</a></li>");
        }
        if (caller.hasRole("board")) {
            body.append("<li><a href=\"/board/resolutions\">Resolutions and votes</a></li>");
            body.append("<li><a href=\"/api/v1/board/charter\">Charter in force (JSON)</a></li>");
        }
        body.append("</ul><form method=\"post\" action=\"/logout\">").append(Html.hidden("pac4jCsrfToken", security.csrfToken(rc)))
                .append("<button type=\"submit\">Sign out</button></form>");
        rc.response().putHeader("Content-Type", "text/html; charset=utf-8").end(Html.page("Staff", body.toString()));
    }
}
