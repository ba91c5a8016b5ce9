package org.hearth.web.staff;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.hearth.kernel.actor.Actor;
import org.hearth.web.pages.Frames;
import org.hearth.web.pages.Layout;
import org.hearth.web.pages.Messages;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/** {@code /staff}: where staff land after signing in, with the views their roles open. */
public final class StaffPages {

    private final Security security;
    private final Frames frames;

    public StaffPages(Security security) {
        this.security = security;
        this.frames = new Frames(security);
    }

    public void mount(Router router) {
        router.get("/staff").handler(security.pageGuard(Access.STAFF)).handler(this::home);
    }

    private void home(RoutingContext rc) {
        Actor caller = Security.caller(rc);
        Messages m = Messages.forRequest(rc);
        StaffHome model = new StaffHome(m, String.join(", ", caller.roles().stream().sorted().toList()),
                caller.hasRole("operator") || caller.hasRole("board"), caller.hasRole("operator"), caller.hasRole("board"));
        frames.send(rc, frames.of(rc, m, m.t("staff.title")), Layout.WEB.render("staff.jte", model));
    }

    /** {@code staff.jte}'s model: the roles, and which views they open. */
    public record StaffHome(Messages m, String roles, boolean board, boolean operator, boolean boardMember) {
    }
}
