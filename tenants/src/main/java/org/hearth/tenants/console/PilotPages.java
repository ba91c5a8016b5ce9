package org.hearth.tenants.console;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.tenants.pilots.Pilot;
import org.hearth.tenants.pilots.PilotJson;
import org.hearth.tenants.pilots.PilotService;
import org.hearth.tenants.pilots.PilotStatus;
import org.hearth.tenants.pilots.PilotView;
import org.hearth.tenants.pilots.Pilots;
import org.hearth.web.pages.Messages;

/**
 * {@code /console/pilots}: a public body's pilots and the proposal form (fields to aggregate as a
 * few rows of inputs, not JSON); {@code /console/pilots/{id}}: one pilot's status, the operator's
 * reason, the invitation link once approved and, never a count, "at least N have joined".
 * Other kinds of organisation see why they cannot propose one.
 */
final class PilotPages {

    private final ConsoleContext kit;
    private final Pilots pilots;
    private final String publicBaseUrl;

    PilotPages(ConsoleContext kit, Pilots pilots, String publicBaseUrl) {
        this.kit = kit;
        this.pilots = pilots;
        this.publicBaseUrl = publicBaseUrl;
    }

    void mount(Router router, io.vertx.core.Handler<RoutingContext> guard, BodyHandler forms) {
        router.get("/console/pilots").handler(guard).handler(rc -> list(rc, Map.of(), null, null));
        router.post("/console/pilots").handler(forms).handler(guard).handler(this::propose);
        router.get("/console/pilots/:id").handler(guard).handler(this::detail);
    }

    private void propose(RoutingContext rc) {
        TenantScope tenant = kit.tenantFor(rc, "admin", "developer");
        var f = rc.request().formAttributes();
        try {
            PilotService.requirePublicBody(kit.kind(rc));
            Pilot pilot = pilots.service().propose(ConsoleContext.context(rc, "pilots.propose"), tenant, kit.kind(rc), PilotForm.read(f));
            ConsoleContext.redirect(rc, "/console/pilots/" + pilot.id() + "?proposed=1");
        } catch (HearthException e) {
            if (e.code() != ErrorCode.PILOT_INVALID) {
                throw e;
            }
            rc.response().setStatusCode(422);
            Messages m = Messages.forRequest(rc);
            String field = String.valueOf(e.extensions().get("field"));
            list(rc, PilotForm.values(f), m.t("con.pilots.invalid", field, e.detail()), PilotForm.inputFor(field, f));
        }
    }

    private void list(RoutingContext rc, Map<String, String> values, String error, String invalid) {
        Messages m = Messages.forRequest(rc);
        TenantScope tenant = kit.tenant(rc);
        boolean publicBody = PilotService.PUBLIC_BODY.equals(kit.kind(rc));
        List<PilotView> mine = pilots.service().mine(tenant).stream().map(p -> PilotView.of(m, p, PilotJson.invitationUrl(publicBaseUrl, p), null)).toList();
        List<String> ticked = List.of(values.getOrDefault("categories", "dpv-pd:HealthRecord").split(","));
        List<ConsoleModels.CategoryOption> categories = new ArrayList<>();
        categories.addAll(ConsoleModels.CategoryOption.of(org.hearth.datastore.Dpv.Kind.CATEGORY, m.language(), ticked));
        kit.send(rc, m, m.t("nav.console.pilots"), "pilots/console-pilots.jte", new ConsoleModels.Pilots(m, kit.csrf(rc), publicBody,
                publicBody && !"analyst".equals(ConsoleContext.role(rc)), mine, values, categories, PilotForm.ROWS, error, invalid));
    }

    private void detail(RoutingContext rc) {
        TenantScope tenant = kit.tenant(rc);
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            throw new HearthException(ErrorCode.NOT_FOUND, "There is no pilot with this id.");
        }
        Pilot pilot = pilots.service().mine(tenant, id);
        Messages m = Messages.forRequest(rc);
        int n = pilots.sources().minimumCohort().getAsInt();
        String participants = null;
        if ((pilot.status() == PilotStatus.APPROVED || pilot.status() == PilotStatus.ENDED) && pilot.dataRequestId() != null
                && pilots.sources().agreements().liveAtLeast(tenant, pilot.dataRequestId(), n)) {
            participants = m.t("con.pilots.atLeast", n);
        }
        kit.send(rc, m, pilot.terms().title(), "pilots/console-pilot.jte",
                new ConsoleModels.PilotDetail(m, PilotView.of(m, pilot, PilotJson.invitationUrl(publicBaseUrl, pilot), participants), rc.queryParams().contains("proposed")));
    }
}
