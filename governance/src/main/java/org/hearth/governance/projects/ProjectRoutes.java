package org.hearth.governance.projects;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.hearth.governance.ledger.LedgerJson;
import org.hearth.governance.ledger.LedgerRoutes;
import org.hearth.governance.ledger.Ledger;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** Community projects and allocations to them. */
public final class ProjectRoutes implements ApiRoutes {

    private final ProjectService projects;
    private final Ledger ledger;

    public ProjectRoutes(ProjectService projects, Ledger ledger) {
        this.projects = projects;
        this.ledger = ledger;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("listProjects", rc -> {
            JsonArray items = new JsonArray();
            projects.standings().forEach(s -> items.add(json(s.project()).put("allocated", LedgerJson.amount(s.allocated()))
                    .put("spent", LedgerJson.amount(s.spent())).put("available", LedgerJson.amount(s.available()))));
            Api.json(rc, 200, new JsonObject().put("items", items));
        }).handle("createProject", rc -> {
            JsonObject b = Api.body(rc);
            Api.json(rc, 201, json(projects.create(Calls.context(rc), b.getString("name"), b.getString("description"))));
        }).handle("allocateToProject", rc -> {
            JsonObject b = Api.body(rc);
            var yearId = Ids.parseOrNull(b.getString("yearId"));
            if (yearId == null) {
                throw new HearthException(ErrorCode.VALIDATION_FAILED, "yearId must be an id.");
            }
            var entry = projects.allocate(Calls.context(rc), LedgerRoutes.id(rc), yearId, LedgerJson.requiredDate(b.getString("date"), "date"),
                    ledger.amounts().money(b.getString("amount")));
            Api.json(rc, 201, LedgerJson.entry(entry));
        }).handle("spendOnProject", rc -> {
            JsonObject b = Api.body(rc);
            Api.json(rc, 201, LedgerJson.entry(projects.spend(Calls.context(rc), LedgerRoutes.id(rc), LedgerJson.requiredDate(b.getString("date"), "date"),
                    ledger.amounts().positive(b.getString("amount"), "amount"), b.getString("expenseAccount"), b.getString("description"),
                    b.getString("justification"))));
        });
    }

    private static JsonObject json(ProjectService.Project p) {
        return new JsonObject().put("id", p.id().toString()).put("name", p.name()).put("description", p.description());
    }
}
