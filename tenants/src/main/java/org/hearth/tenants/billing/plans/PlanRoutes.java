package org.hearth.tenants.billing.plans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** For operators: the plans with their full price lists, new plans and price versions, and a tenant's change of plan from a date. */
public final class PlanRoutes implements ApiRoutes {

    private final PlanStore plans;
    private final PlanChanges changes;

    public PlanRoutes(PlanStore plans, PlanChanges changes) {
        this.plans = plans;
        this.changes = changes;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("listPlans", rc -> Api.json(rc, 200, new JsonObject().put("items",
                        new JsonArray(plans.plans().stream().map(PlanJson::plan).toList()))))
                .handle("getPlan", rc -> Api.json(rc, 200, PlanJson.plan(plans.plan(rc.pathParam("code")).orElseThrow(PlanRoutes::noPlan))))
                .handle("createPlan", this::create)
                .handle("addPlanVersion", this::addVersion)
                .handle("changeTenantPlan", this::change);
    }

    private static HearthException noPlan() {
        return new HearthException(ErrorCode.NOT_FOUND, "There is no plan with this code.");
    }

    private void create(RoutingContext rc) {
        ObjectNode body = PlanJson.body(rawBody(rc));
        Map<String, String> names = new HashMap<>();
        JsonNode n = body.get("names");
        if (n != null && n.isObject()) {
            n.fields().forEachRemaining(e -> names.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : null));
        }
        JsonNode version = body.get("version");
        if (!(version instanceof ObjectNode first)) {
            throw PlanStore.invalid("version", "is required: the first price version's document");
        }
        StoredPlan plan = plans.create(Calls.context(rc), new PlanStore.NewPlan(body.path("code").isTextual() ? body.get("code").asText() : null,
                names, first));
        Api.json(rc, 201, PlanJson.plan(plan));
    }

    private void addVersion(RoutingContext rc) {
        var version = plans.addVersion(Calls.context(rc), rc.pathParam("code"), PlanJson.body(rawBody(rc)));
        Api.json(rc, 201, PlanJson.version(version));
    }

    /** The body as sent, so a price written as a JSON number keeps every decimal (the contract has already checked it). */
    private static String rawBody(RoutingContext rc) {
        return rc.body() == null || rc.body().asString() == null ? Api.body(rc).encode() : rc.body().asString();
    }

    private void change(RoutingContext rc) {
        UUID tenant = Ids.parseOrNull(rc.pathParam("id"));
        if (tenant == null) {
            throw new HearthException(ErrorCode.NOT_FOUND, "There is no tenant with this id.");
        }
        JsonObject body = Api.body(rc);
        LocalDate from;
        try {
            from = LocalDate.parse(body.getString("from"));
        } catch (DateTimeParseException | ClassCastException | NullPointerException e) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "from is a date (YYYY-MM-DD).");
        }
        var assignments = changes.change(Calls.context(rc), tenant, body.getString("plan"), from);
        Api.json(rc, 200, new JsonObject().put("tenantId", tenant.toString()).put("assignments", new JsonArray(assignments.stream()
                .map(a -> new JsonObject().put("plan", a.planCode()).put("from", a.from().toString())).toList())));
    }
}
