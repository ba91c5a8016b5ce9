package org.hearth.tenants.pilots;

import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import org.hearth.kernel.id.Ids;
import org.hearth.tenants.clients.TenantCalls;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** {@code /api/v1/tenant/pilots}: a public body proposes a pilot and follows its own. */
public final class PilotRoutes implements ApiRoutes {

    private final PilotService pilots;
    private final TenantCalls tenants;
    private final String publicBaseUrl;

    public PilotRoutes(PilotService pilots, TenantCalls tenants, String publicBaseUrl) {
        this.pilots = pilots;
        this.tenants = tenants;
        this.publicBaseUrl = publicBaseUrl;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("createPilot", tenants.guarded(this::create))
                .handle("listPilots", tenants.guarded(rc -> Api.json(rc, 200, PilotJson.items(pilots.mine(Calls.tenant(rc)), publicBaseUrl))))
                .handle("getPilot", tenants.guarded(rc -> Api.json(rc, 200, PilotJson.pilot(pilots.mine(Calls.tenant(rc), id(rc)), publicBaseUrl))));
    }

    private void create(RoutingContext rc) {
        // The kind first: a company gets 403, whatever its body says.
        String kind = tenants.admitted(rc).kind();
        PilotService.requirePublicBody(kind);
        Pilot pilot = pilots.propose(Calls.context(rc), Calls.tenant(rc), kind, PilotJson.proposal(Api.body(rc)));
        rc.response().putHeader("Location", "/api/v1/tenant/pilots/" + pilot.id());
        Api.json(rc, 201, PilotJson.pilot(pilot, publicBaseUrl));
    }

    static UUID id(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            throw PilotService.notFound();
        }
        return id;
    }
}
