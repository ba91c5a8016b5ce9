package org.hearth.tenants.console;


import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hearth.datastore.agreements.AgreementService;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.tenants.clients.ClientService;
import org.hearth.tenants.clients.TenantCalls;
import org.hearth.tenants.requests.DataRequestService;
import org.hearth.tenants.requests.NewDataRequest;
import org.hearth.tenants.team.TeamService;
import org.hearth.tenants.webhooks.WebhookService;
import org.hearth.tenants.webhooks.Webhooks;
import org.hearth.web.pages.Html;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/**
 * {@code /console}: what a team member sees: the organisation's data requests (with invitation
 * links, create and close), agreements by status, OAuth clients, webhooks with their delivery
 * counts, and the team. Analysts read; admins and developers may also change.
 */
public final class ConsolePages {

    private final ConsoleKit kit;
    private final Security security;
    private final TeamService team;
    private final ClientService clients;
    private final DataRequestService requests;
    private final AgreementService agreements;
    private final Webhooks webhooks;
    private final String publicBaseUrl;
    private final Clock clock;

    public ConsolePages(Security security, ClientService clients, TenantCalls tenants, DataRequestService requests, AgreementService agreements,
                        Webhooks webhooks, TeamService team, String publicBaseUrl, Clock clock) {
        this.kit = new ConsoleKit(security, tenants);
        this.security = security;
        this.team = team;
        this.clients = clients;
        this.requests = requests;
        this.agreements = agreements;
        this.webhooks = webhooks;
        this.publicBaseUrl = publicBaseUrl;
        this.clock = clock;
    }

    public void mount(Router router) {
        var guard = security.pageGuard(Access.TENANT);
        var forms = BodyHandler.create(false).setBodyLimit(32 * 1024);
        router.get("/console").handler(guard).handler(rc -> page(rc, null));
        router.post("/console/requests").handler(forms).handler(guard).handler(this::create);
        router.post("/console/requests/:id/close").handler(forms).handler(guard).handler(this::close);
        new CredentialPages(kit, clients, publicBaseUrl).mount(router, guard, forms);
        new WebhookPages(kit, webhooks.service()).mount(router, guard, forms);
        new TeamPages(kit, security, team, publicBaseUrl).mount(router, guard, forms);
    }

    private void create(RoutingContext rc) {
        TenantScope tenant = changer(rc);
        var f = rc.request().formAttributes();
        try {
            requests.publish(ConsoleKit.context(rc, "requests.publish"), tenant, new NewDataRequest(f.get("title"), f.get("purpose"), f.get("description"), List.of(f.getAll("categories").toArray(String[]::new)),
                    List.of(f.getAll("accessModes").toArray(String[]::new)), Integer.parseInt(f.get("durationDays")), Integer.parseInt(f.get("retentionDays")),
                    f.get("lawfulBasis"), f.get("policyUrl")));
            rc.response().setStatusCode(303).putHeader("Location", "/console").end();
        } catch (HearthException | NumberFormatException | NullPointerException e) {
            rc.response().setStatusCode(422);
            page(rc, e instanceof HearthException he ? he.detail() : "Fill in every field; durations are whole numbers of days.");
        }
    }

    private void close(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id != null) {
            requests.close(ConsoleKit.context(rc, "requests.close"), changer(rc), id);
        }
        rc.response().setStatusCode(303).putHeader("Location", "/console").end();
    }

    /** The tenant of a member allowed to change things (admin or developer); analysts get 403. */
    private TenantScope changer(RoutingContext rc) {
        return kit.tenantFor(rc, "admin", "developer");
    }

    private void page(RoutingContext rc, String error) {
        TenantScope tenant = kit.tenant(rc);
        String csrf = kit.csrf(rc);
        StringBuilder body = new StringBuilder(ConsoleKit.error(error));
        Map<String, Integer> byStatus = new TreeMap<>(Map.of("active", 0, "revoked", 0, "expired", 0));
        OffsetDateTime now = OffsetDateTime.now(clock);
        agreements.listForTenant(tenant.tenantId()).forEach(a -> byStatus.merge(a.status(now), 1, Integer::sum));
        body.append("<h2>Agreements</h2><ul id=\"agreement-counts\">");
        byStatus.forEach((status, count) -> body.append("<li>").append(status).append(": ").append(count).append("</li>"));
        body.append("</ul><h2>Data requests</h2><table id=\"requests\"><thead><tr><th scope=\"col\">Title</th><th scope=\"col\">Invitation link</th>"
                + "<th scope=\"col\">Status</th><th scope=\"col\"></th></tr></thead><tbody>");
        for (var p : requests.list(tenant)) {
            String link = publicBaseUrl + "/requests/" + p.code();
            body.append("<tr><td>").append(Html.esc(p.terms().title())).append("</td><td><a href=\"").append(Html.esc(link)).append("\">")
                    .append(Html.esc(link)).append("</a></td><td>").append(p.terms().open() ? "open" : "closed").append("</td><td>");
            if (p.terms().open()) {
                body.append("<form method=\"post\" action=\"/console/requests/").append(p.terms().requestId()).append("/close\">").append(csrf)
                        .append("<button type=\"submit\">Close</button></form>");
            }
            body.append("</td></tr>");
        }
        body.append("</tbody></table>").append(newRequestForm(csrf));
        body.append("<h2><a href=\"/console/credentials\">OAuth clients</a></h2><ul id=\"clients\">");
        clients.clients(tenant).forEach(c -> body.append("<li><code>").append(Html.esc(c.clientId())).append("</code>")
                .append(c.revokedAt().isEmpty() ? "" : " (revoked)").append("</li>"));
        body.append("</ul><h2><a href=\"/console/webhooks\">Webhooks</a></h2><ul id=\"webhooks\">");
        var counts = webhooks.service().deliveryCounts(tenant);
        webhooks.service().list(tenant).forEach(hook -> {
            long delivered = counts.getOrDefault(hook.id(), new WebhookService.DeliveryCounts(0, 0, 0)).delivered();
            body.append("<li>").append(Html.esc(hook.url())).append(" · ").append(delivered).append(" delivered</li>");
        });
        body.append("</ul><h2><a href=\"/console/team\">Team</a></h2><ul id=\"team\">");
        team.members(tenant).forEach(member -> body.append("<li>").append(Html.esc(member.email())).append(" · ").append(member.role()).append("</li>"));
        body.append("</ul>");
        kit.send(rc, "Overview", body.toString());
    }

    private static String newRequestForm(String csrf) {
        return "<h3>New data request</h3><form method=\"post\" action=\"/console/requests\">" + csrf
                + Html.field("title", "Title", "text", "off") + Html.field("purpose", "Purpose (DPV, e.g. dpv:ServiceProvision)", "text", "off")
                + Html.field("description", "Why you ask", "text", "off")
                + "<label for=\"categories\">Category (DPV)</label><input id=\"categories\" name=\"categories\" type=\"text\" value=\"dpv-pd:Address\" required>"
                + "<fieldset><legend>Access</legend><label><input type=\"checkbox\" name=\"accessModes\" value=\"read\" checked> read</label>"
                + "<label><input type=\"checkbox\" name=\"accessModes\" value=\"deliver\"> deliver</label></fieldset>"
                + "<label for=\"durationDays\">Duration (days)</label><input id=\"durationDays\" name=\"durationDays\" type=\"number\" value=\"365\" required>"
                + "<label for=\"retentionDays\">Retention after the end (days)</label><input id=\"retentionDays\" name=\"retentionDays\" type=\"number\" value=\"0\" required>"
                + Html.field("lawfulBasis", "Lawful basis (e.g. dpv:Consent)", "text", "off") + Html.field("policyUrl", "Privacy policy URL", "url", "off")
                + "<button type=\"submit\">Publish</button></form>";
    }
}
