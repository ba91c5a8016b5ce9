package org.hearth.tenants.billing.plans;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.tenants.billing.pricing.PlanCatalogue;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** The plans on offer, and a tenant's change of plan from a date, for operators. */
public final class PlanRoutes implements ApiRoutes {

    private final PlanCatalogue catalogue;
    private final PlanChanges changes;

    public PlanRoutes(PlanCatalogue catalogue, PlanChanges changes) {
        this.catalogue = catalogue;
        this.changes = changes;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("listPlans", rc -> Api.json(rc, 200, plans()))
                .handle("changeTenantPlan", this::change);
    }

    private JsonObject plans() {
        JsonArray items = new JsonArray();
        catalogue.plans().forEach(p -> {
            JsonArray versions = new JsonArray();
            p.versions().forEach(v -> versions.add(new JsonObject().put("version", v.version()).put("effectiveFrom", v.effectiveFrom().toString())
                    .put("currency", v.currency().getCurrencyCode())
                    .put("components", new JsonArray(v.components().stream().map(c -> new JsonObject().put("code", c.code())
                            .put("metric", c.metric().map(m -> m.code()).orElse(null))
                            .put("model", c.model().getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT))).toList()))));
            items.add(new JsonObject().put("code", p.code()).put("names", new JsonObject(new java.util.HashMap<>(p.names()))).put("versions", versions));
        });
        return new JsonObject().put("items", items);
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
