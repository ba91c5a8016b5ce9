package org.hearth.tenants.console;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.UUID;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.tenants.team.Invitation;
import org.hearth.tenants.team.TeamService;
import org.hearth.web.pages.Messages;
import org.hearth.web.problem.Problems;
import org.hearth.web.security.Security;

/**
 * {@code /console/team}: members and their roles, pending invitations. Admins invite (the
 * one-time link is shown once, to pass on), withdraw invitations, change roles and remove
 * members; the others see the team. {@code /console/invitation?token=…} is where the colleague
 * chooses a password. The token travels in the query, not the path, because paths are logged
 * on errors, and the page sends no referrer.
 */
final class TeamPages {

    private final ConsoleContext kit;
    private final Security security;
    private final TeamService team;
    private final String publicBaseUrl;

    TeamPages(ConsoleContext kit, Security security, TeamService team, String publicBaseUrl) {
        this.kit = kit;
        this.security = security;
        this.team = team;
        this.publicBaseUrl = publicBaseUrl;
    }

    void mount(Router router, io.vertx.core.Handler<RoutingContext> guard, BodyHandler forms) {
        router.get("/console/team").handler(guard).handler(rc -> page(rc, null, null, null));
        router.post("/console/team/invitations").handler(forms).handler(guard).handler(this::invite);
        router.post("/console/team/invitations/:id/withdraw").handler(forms).handler(guard)
                .handler(rc -> change(rc, "invitation-withdrawn", () -> team.withdraw(ConsoleContext.context(rc, "team.withdraw"), kit.tenantFor(rc, "admin"), id(rc))));
        router.post("/console/team/members/:id/role").handler(forms).handler(guard)
                .handler(rc -> change(rc, "role-changed", () -> team.changeRole(ConsoleContext.context(rc, "team.change_role"), kit.tenantFor(rc, "admin"), id(rc), rc.request().getFormAttribute("role"))));
        router.get("/console/team/members/:id/remove").handler(guard).handler(this::confirmRemove);
        router.post("/console/team/members/:id/remove").handler(forms).handler(guard).handler(ConsoleConfirm.required())
                .handler(rc -> change(rc, "member-removed", () -> team.remove(ConsoleContext.context(rc, "team.remove"), kit.tenantFor(rc, "admin"), id(rc))));
        router.get("/console/invitation").handler(rc -> acceptForm(rc, rc.request().getParam("token"), null));
        router.post("/console/invitation").handler(forms).handler(this::accept);
    }

    private static UUID id(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            throw new HearthException(ErrorCode.NOT_FOUND, "Nothing on your team has this id.");
        }
        return id;
    }

    private void confirmRemove(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        org.hearth.kernel.actor.TenantScope tenant = kit.tenantFor(rc, "admin");
        UUID id = id(rc);
        String email = team.members(tenant).stream().filter(member -> member.id().equals(id)).map(org.hearth.tenants.team.Member::email).findFirst()
                .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "Your organisation has no member with this id."));
        ConsoleConfirm.ask(kit, rc, m, m.t("con.confirm.member.title"), m.t("con.confirm.member.question", email),
                List.of(m.t("con.confirm.member.signedOut"), m.t("con.confirm.member.invitations"), m.t("con.confirm.member.final")),
                m.t("con.confirm.member.button"), "/console/team");
    }

    private void change(RoutingContext rc, String done, Runnable action) {
        try {
            action.run();
            ConsoleContext.redirect(rc, "/console/team?done=" + done);
        } catch (HearthException e) {
            if (e.code() == ErrorCode.FORBIDDEN) {
                throw e;
            }
            rc.response().setStatusCode(e.code().status());
            page(rc, null, null, e.detail());
        }
    }

    private void invite(RoutingContext rc) {
        org.hearth.kernel.actor.TenantScope tenant = kit.tenantFor(rc, "admin");
        var f = rc.request().formAttributes();
        try {
            UUID me = Security.caller(rc).person()
                    .orElseThrow(() -> new HearthException(ErrorCode.FORBIDDEN, "Invitations are issued by a signed-in admin."));
            var issued = team.invite(ConsoleContext.context(rc, "team.invite"), tenant, TeamService.invitedBy(me), f.get("email"), f.get("role"));
            rc.response().setStatusCode(201);
            page(rc, issued.invitation(), publicBaseUrl + "/console/invitation?token=" + issued.token(), null);
        } catch (HearthException e) {
            rc.response().setStatusCode(e.code().status());
            page(rc, null, null, e.detail());
        }
    }

    private void page(RoutingContext rc, Invitation invited, String link, String error) {
        Messages m = Messages.forRequest(rc);
        org.hearth.kernel.actor.TenantScope tenant = kit.tenant(rc);
        boolean admin = "admin".equals(ConsoleContext.role(rc));
        String me = Security.caller(rc).person().map(UUID::toString).orElse(null);
        kit.send(rc, m, m.t("nav.console.team"), "team.jte", new ConsoleModels.Team(m, kit.csrf(rc), error, invited, link, team.members(tenant), me,
                admin, team.pendingInvitations(tenant)));
    }

    private void acceptForm(RoutingContext rc, String token, String error) {
        Messages m = Messages.forRequest(rc);
        Invitation invitation = null;
        String shown = error;
        try {
            invitation = team.describe(org.hearth.web.Calls.requestId(rc), token);
        } catch (HearthException e) {
            rc.response().setStatusCode(e.code().status());
            shown = e.detail();
        }
        rc.response().putHeader("Referrer-Policy", "no-referrer");
        kit.sendPublic(rc, m, m.t("con.join.invitation"), m.t(invitation == null ? "con.join.invitation" : "con.join.title"), "join.jte",
                new ConsoleModels.Join(m, security.csrfToken(rc), shown, token, invitation));
    }

    private void accept(RoutingContext rc) {
        if (!security.csrfValid(rc)) {
            Problems.send(rc, ErrorCode.CSRF_REJECTED, "This form has expired. Go back, reload the page and try again.");
            return;
        }
        var f = rc.request().formAttributes();
        String password = f.get("password");
        if (password == null || !password.equals(f.get("confirm"))) {
            rc.response().setStatusCode(422);
            acceptForm(rc, f.get("token"), Messages.forRequest(rc).t("con.join.mismatch"));
            return;
        }
        try {
            team.accept(org.hearth.web.Calls.requestId(rc), f.get("token"), password);
            ConsoleContext.redirect(rc, "/console/login?joined=1");
        } catch (HearthException e) {
            rc.response().setStatusCode(e.code().status() == 400 ? 422 : e.code().status());
            acceptForm(rc, f.get("token"), e.detail());
        }
    }
}
