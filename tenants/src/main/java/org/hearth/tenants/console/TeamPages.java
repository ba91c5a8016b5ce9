package org.hearth.tenants.console;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.UUID;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.tenants.team.Invitation;
import org.hearth.web.Calls;
import org.hearth.tenants.team.TeamService;
import org.hearth.web.pages.Html;
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

    private final ConsoleKit kit;
    private final Security security;
    private final TeamService team;
    private final String publicBaseUrl;

    TeamPages(ConsoleKit kit, Security security, TeamService team, String publicBaseUrl) {
        this.kit = kit;
        this.security = security;
        this.team = team;
        this.publicBaseUrl = publicBaseUrl;
    }

    void mount(Router router, io.vertx.core.Handler<RoutingContext> guard, BodyHandler forms) {
        router.get("/console/team").handler(guard).handler(rc -> page(rc, null, null, null));
        router.post("/console/team/invitations").handler(forms).handler(guard).handler(this::invite);
        router.post("/console/team/invitations/:id/withdraw").handler(forms).handler(guard)
                .handler(rc -> change(rc, () -> team.withdraw(ConsoleKit.context(rc, "team.withdraw"), kit.tenantFor(rc, "admin"), id(rc))));
        router.post("/console/team/members/:id/role").handler(forms).handler(guard)
                .handler(rc -> change(rc, () -> team.changeRole(ConsoleKit.context(rc, "team.change_role"), kit.tenantFor(rc, "admin"), id(rc), rc.request().getFormAttribute("role"))));
        router.post("/console/team/members/:id/remove").handler(forms).handler(guard)
                .handler(rc -> change(rc, () -> team.remove(ConsoleKit.context(rc, "team.remove"), kit.tenantFor(rc, "admin"), id(rc))));
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

    private void change(RoutingContext rc, Runnable action) {
        try {
            action.run();
            ConsoleKit.redirect(rc, "/console/team");
        } catch (HearthException e) {
            if (e.code() == ErrorCode.FORBIDDEN) {
                throw e;
            }
            rc.response().setStatusCode(e.code().status());
            page(rc, null, null, e.detail());
        }
    }

    private void invite(RoutingContext rc) {
        TenantScope tenant = kit.tenantFor(rc, "admin");
        var f = rc.request().formAttributes();
        try {
            UUID me = Calls.actor(rc).person()
                    .orElseThrow(() -> new HearthException(ErrorCode.FORBIDDEN, "Invitations are issued by a signed-in admin."));
            var issued = team.invite(ConsoleKit.context(rc, "team.invite"), tenant, TeamService.invitedBy(me), f.get("email"), f.get("role"));
            rc.response().setStatusCode(201);
            page(rc, issued.invitation(), publicBaseUrl + "/console/invitation?token=" + issued.token(), null);
        } catch (HearthException e) {
            rc.response().setStatusCode(e.code().status());
            page(rc, null, null, e.detail());
        }
    }

    private void page(RoutingContext rc, Invitation invited, String link, String error) {
        TenantScope tenant = kit.tenant(rc);
        boolean admin = "admin".equals(ConsoleKit.role(rc));
        UUID me = Calls.actor(rc).person().orElse(null);
        StringBuilder body = new StringBuilder(ConsoleKit.error(error));
        if (invited != null) {
            body.append("<section id=\"new-invitation\" class=\"notice\" role=\"status\"><h2>Invitation for ").append(Html.esc(invited.email()))
                    .append("</h2><p>Send this link to your colleague. It works once, until ").append(invited.expiresAt().toLocalDate())
                    .append(", and will not be shown again.</p><p><code id=\"invitation-link\">").append(Html.esc(link)).append("</code></p></section>");
        }
        body.append("<table id=\"team\"><thead><tr><th scope=\"col\">Member</th><th scope=\"col\">Role</th>")
                .append(admin ? "<th scope=\"col\">Change</th>" : "").append("</tr></thead><tbody>");
        for (var member : team.members(tenant)) {
            body.append("<tr><td>").append(Html.esc(member.email())).append(member.id().equals(me) ? " (you)" : "").append("</td><td>")
                    .append(member.role()).append("</td>");
            if (admin) {
                String base = "/console/team/members/" + member.id();
                body.append("<td><form method=\"post\" action=\"").append(base).append("/role\">").append(kit.csrf(rc))
                        .append("<label for=\"role-").append(member.id()).append("\">Role of ").append(Html.esc(member.email())).append("</label>")
                        .append(roleSelect("role-" + member.id(), member.role())).append("<button type=\"submit\">Change role</button></form>")
                        .append("<form method=\"post\" action=\"").append(base).append("/remove\">").append(kit.csrf(rc))
                        .append("<button type=\"submit\" aria-label=\"Remove ").append(Html.esc(member.email())).append("\">Remove</button></form></td>");
            }
            body.append("</tr>");
        }
        body.append("</tbody></table><h2>Pending invitations</h2><ul id=\"invitations\">");
        for (var invitation : team.pendingInvitations(tenant)) {
            body.append("<li>").append(Html.esc(invitation.email())).append(" · ").append(invitation.role()).append(" · until ")
                    .append(invitation.expiresAt().toLocalDate());
            if (admin) {
                body.append("<form method=\"post\" action=\"/console/team/invitations/").append(invitation.id()).append("/withdraw\">")
                        .append(kit.csrf(rc)).append("<button type=\"submit\">Withdraw</button></form>");
            }
            body.append("</li>");
        }
        body.append("</ul>");
        if (admin) {
            body.append("<h2>Invite a colleague</h2><form method=\"post\" action=\"/console/team/invitations\">").append(kit.csrf(rc))
                    .append(Html.field("email", "Their e-mail address", "email", "off")).append("<label for=\"role\">Role</label>")
                    .append(roleSelect("role", "analyst"))
                    .append("<p>Admins manage the team and credentials; developers manage credentials, webhooks and data requests; analysts read.</p>")
                    .append("<button type=\"submit\">Create invitation link</button></form>");
        }
        kit.send(rc, "Team", body.toString());
    }

    private static String roleSelect(String id, String current) {
        StringBuilder out = new StringBuilder("<select id=\"").append(id).append("\" name=\"role\">");
        for (String role : new String[] {"admin", "developer", "analyst"}) {
            out.append("<option").append(role.equals(current) ? " selected" : "").append(">").append(role).append("</option>");
        }
        return out.append("</select>").toString();
    }

    private void acceptForm(RoutingContext rc, String token, String error) {
        Messages m = Messages.forRequest(rc);
        String body;
        try {
            Invitation invitation = team.describe(Calls.requestId(rc), token);
            body = "<h1>Join the organisation's console</h1>" + ConsoleKit.error(error) + "<p>You are invited as <strong>"
                    + Html.esc(invitation.role()) + "</strong>, signing in as <strong>" + Html.esc(invitation.email()) + "</strong>.</p>"
                    + "<form method=\"post\" action=\"/console/invitation\">" + Html.hidden("pac4jCsrfToken", security.csrfToken(rc))
                    + Html.hidden("token", token)
                    + "<label for=\"password\">Choose a password</label><input id=\"password\" name=\"password\" type=\"password\""
                    + " autocomplete=\"new-password\" required minlength=\"10\">"
                    + Html.field("confirm", "Type it again", "password", "new-password")
                    + "<button type=\"submit\">Join</button></form>";
        } catch (HearthException e) {
            rc.response().setStatusCode(e.code().status());
            body = "<h1>Invitation</h1>" + ConsoleKit.error(e.detail());
        }
        rc.response().putHeader("Content-Type", "text/html; charset=utf-8").putHeader("Cache-Control", "no-store")
                .putHeader("Referrer-Policy", "no-referrer").end(Html.page(m.language(), "Invitation", "", body));
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
            acceptForm(rc, f.get("token"), "The two passwords differ.");
            return;
        }
        try {
            team.accept(Calls.requestId(rc), f.get("token"), password);
            ConsoleKit.redirect(rc, "/console/login?joined=1");
        } catch (HearthException e) {
            rc.response().setStatusCode(e.code().status() == 400 ? 422 : e.code().status());
            acceptForm(rc, f.get("token"), e.detail());
        }
    }
}
