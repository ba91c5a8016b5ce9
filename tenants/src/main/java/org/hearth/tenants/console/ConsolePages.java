package org.hearth.tenants.console;


import org.hearth.web.Calls;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hearth.datastore.TenantAgreements;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.tenants.clients.ClientService;
import org.hearth.tenants.requests.DataRequestService;
import org.hearth.tenants.requests.NewDataRequest;
import org.hearth.tenants.team.TeamService;
import org.hearth.tenants.webhooks.WebhookService;
import org.hearth.tenants.webhooks.Webhooks;
import org.hearth.web.pages.Messages;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/**
 * {@code /console}: what a team member sees: the organisation's data requests (with invitation
 * links, create and close), agreements by status, OAuth clients, webhooks with their delivery
 * counts, and the team. Analysts read; admins and developers may also change.
 */
public final class ConsolePages {

    private final ConsoleContext kit;
    private final Security security;
    private final TeamService team;
    private final ClientService clients;
    private final DataRequestService requests;
    private final TenantAgreements agreements;
    private final Webhooks webhooks;
    private final String publicBaseUrl;
    private final Clock clock;

    private final org.hearth.tenants.pilots.Pilots pilots;
    private final org.hearth.tenants.verification.VerificationService verification;

    public ConsolePages(Security security, ClientService clients, org.hearth.tenants.clients.TenantCalls tenants, DataRequestService requests, TenantAgreements agreements,
                        Webhooks webhooks, TeamService team, String publicBaseUrl, Clock clock, org.hearth.tenants.pilots.Pilots pilots,
                        org.hearth.tenants.verification.VerificationService verification) {
        this.pilots = pilots;
        this.verification = verification;
        this.kit = new ConsoleContext(security, tenants);
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
        router.get("/console/requests/:id/close").handler(guard).handler(this::confirmClose);
        router.post("/console/requests/:id/close").handler(forms).handler(guard).handler(ConsoleConfirm.required()).handler(this::close);
        new CredentialPages(kit, clients, publicBaseUrl).mount(router, guard, forms);
        new WebhookPages(kit, webhooks.service()).mount(router, guard, forms);
        new TeamPages(kit, security, team, publicBaseUrl).mount(router, guard, forms);
        new PilotPages(kit, pilots, publicBaseUrl).mount(router, guard, forms);
    }

    private void create(RoutingContext rc) {
        org.hearth.kernel.actor.TenantScope tenant = changer(rc);
        var f = rc.request().formAttributes();
        try {
            requests.publish(ConsoleContext.context(rc, "requests.publish"), tenant, new NewDataRequest(f.get("title"), f.get("purpose"), f.get("description"), List.of(f.getAll("categories").toArray(String[]::new)),
                    List.of(f.getAll("accessModes").toArray(String[]::new)), Integer.parseInt(f.get("durationDays")), Integer.parseInt(f.get("retentionDays")),
                    f.get("lawfulBasis"), f.get("policyUrl"), f.get("benefit")));
            rc.response().setStatusCode(303).putHeader("Location", "/console?done=request-published").end();
        } catch (HearthException | NumberFormatException | NullPointerException e) {
            rc.response().setStatusCode(422);
            page(rc, e instanceof HearthException he ? he.detail() : Messages.forRequest(rc).t("con.request.incomplete"));
        }
    }

    private void confirmClose(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        org.hearth.kernel.actor.TenantScope tenant = changer(rc);
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        String title = requests.list(tenant).stream().filter(p -> p.terms().requestId().equals(id)).map(p -> p.terms().title()).findFirst()
                .orElseThrow(() -> new HearthException(org.hearth.kernel.error.ErrorCode.NOT_FOUND, "You have no data request with this id."));
        ConsoleConfirm.ask(kit, rc, m, m.t("con.confirm.request.title"), m.t("con.confirm.request.question", title),
                List.of(m.t("con.confirm.request.link"), m.t("con.confirm.request.agreements"), m.t("con.confirm.request.final")),
                m.t("con.confirm.request.button"), "/console");
    }

    private void close(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id != null) {
            requests.close(ConsoleContext.context(rc, "requests.close"), changer(rc), id);
        }
        rc.response().setStatusCode(303).putHeader("Location", "/console?done=request-closed").end();
    }

    /** The tenant of a member allowed to change things (admin or developer); analysts get 403. */
    private org.hearth.kernel.actor.TenantScope changer(RoutingContext rc) {
        return kit.tenantFor(rc, "admin", "developer");
    }

    private void page(RoutingContext rc, String error) {
        Messages m = Messages.forRequest(rc);
        org.hearth.kernel.actor.TenantScope tenant = kit.tenant(rc);
        Map<String, Integer> byStatus = new TreeMap<>(Map.of("active", 0, "revoked", 0, "expired", 0));
        OffsetDateTime now = OffsetDateTime.now(clock);
        agreements.listForTenant(tenant).forEach(a -> byStatus.merge(a.status(now).wire(), 1, Integer::sum));
        List<ConsoleModels.Count> counts = byStatus.entrySet().stream().map(e -> new ConsoleModels.Count(e.getKey(), e.getValue())).toList();
        List<ConsoleModels.RequestRow> published = requests.list(tenant).stream().map(p -> new ConsoleModels.RequestRow(
                p.terms().requestId().toString(), p.terms().title(), publicBaseUrl + "/requests/" + p.code(), p.terms().open())).toList();
        kit.send(rc, m, m.t("nav.console.overview"), "overview.jte", new ConsoleModels.Overview(m, kit.csrf(rc), error, counts, published,
                clientRows(m, clients.clients(tenant)), hookRows(webhooks.service(), tenant), team.members(tenant), verified(m, tenant)));
    }

    private String verified(Messages m, org.hearth.kernel.actor.TenantScope tenant) {
        var own = verification.ofTenant(tenant);
        return own.verified() ? m.t("con.verified.yes", m.date(own.verifiedAt()), own.evidence()) : m.t("con.verified.no");
    }

    static List<ConsoleModels.ClientRow> clientRows(Messages m, List<org.hearth.tenants.clients.Client> clients) {
        return clients.stream().map(c -> new ConsoleModels.ClientRow(c.clientId(), ConsoleModels.moment(m, c.createdAt().toString()),
                ConsoleModels.moment(m, c.revokedAt().map(Object::toString).orElse(null)))).toList();
    }

    static List<ConsoleModels.HookRow> hookRows(WebhookService service, org.hearth.kernel.actor.TenantScope tenant) {
        var counts = service.deliveryCounts(tenant);
        return service.list(tenant).stream().map(w -> {
            JsonObject hook = org.hearth.tenants.webhooks.WebhookJson.webhook(w);
            var count = counts.getOrDefault(UUID.fromString(hook.getString("id")), new WebhookService.DeliveryCounts(0, 0, 0));
            return new ConsoleModels.HookRow(hook.getString("id"), hook.getString("url"),
                    String.join(", ", hook.getJsonArray("events").stream().map(Object::toString).toList()), count.delivered(), count.pending(),
                    count.gaveUp());
        }).toList();
    }
}
