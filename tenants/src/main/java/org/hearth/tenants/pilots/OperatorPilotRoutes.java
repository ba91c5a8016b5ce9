package org.hearth.tenants.pilots;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** {@code /api/v1/operator/pilots}: every pilot, the decision on a proposal, the funding received (staff with the operator role). */
public final class OperatorPilotRoutes implements ApiRoutes {

    private final PilotDecisions decisions;
    private final String publicBaseUrl;

    public OperatorPilotRoutes(PilotDecisions decisions, String publicBaseUrl) {
        this.decisions = decisions;
        this.publicBaseUrl = publicBaseUrl;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("listOperatorPilots", rc -> Api.json(rc, 200, PilotJson.items(decisions.all(Calls.context(rc), status(rc)), publicBaseUrl)))
                .handle("getOperatorPilot", rc -> Api.json(rc, 200, PilotJson.pilot(decisions.get(Calls.context(rc), PilotRoutes.id(rc)), publicBaseUrl)))
                .handle("decidePilot", this::decide)
                .handle("recordPilotFunding", this::fund);
    }

    private void decide(RoutingContext rc) {
        JsonObject body = Api.body(rc);
        Object decision = body.getValue("decision");
        PilotDecisions.Verdict verdict = "approve".equals(decision) ? PilotDecisions.Verdict.APPROVE
                : "refuse".equals(decision) ? PilotDecisions.Verdict.REFUSE : null;
        Object reason = body.getValue("reason");
        Pilot pilot = decisions.decide(Calls.context(rc), PilotRoutes.id(rc), verdict, reason instanceof String s ? s : null);
        Api.json(rc, 200, PilotJson.pilot(pilot, publicBaseUrl));
    }

    private void fund(RoutingContext rc) {
        JsonObject body = Api.body(rc);
        LocalDate receivedOn;
        try {
            receivedOn = body.getValue("receivedOn") == null ? null : LocalDate.parse(body.getString("receivedOn"));
        } catch (ClassCastException | DateTimeParseException e) {
            throw PilotRules.invalid("receivedOn", "a date, YYYY-MM-DD");
        }
        Object reference = body.getValue("reference");
        Pilot pilot = decisions.recordFunding(Calls.context(rc), PilotRoutes.id(rc), receivedOn, reference instanceof String s ? s : null);
        Api.json(rc, 201, PilotJson.pilot(pilot, publicBaseUrl));
    }

    private static Optional<PilotStatus> status(RoutingContext rc) {
        String status = rc.queryParams().get("status");
        if (status == null) {
            return Optional.empty();
        }
        return Optional.of(PilotStatus.fromCode(status).orElseThrow(() -> PilotRules.invalid("status", "proposed, approved, refused or ended")));
    }
}
