package org.hearth.reporting.pilots;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.tenants.TenantGate;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/**
 * {@code /api/v1/tenant/pilots/{id}/questions} (POST: ask, by a public body; GET: the questions)
 * and {@code /api/v1/tenant/pilots/{id}/report}, behind the tenant guard.
 */
public final class PilotQuestionRoutes implements ApiRoutes {

    private final PilotQuestions questions;
    private final PilotReports reports;
    private final TenantGate tenants;

    public PilotQuestionRoutes(PilotQuestions questions, PilotReports reports, TenantGate tenants) {
        this.questions = questions;
        this.reports = reports;
        this.tenants = tenants;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("askPilotQuestion", tenants.guarded(this::ask)).handle("listPilotQuestions", tenants.guarded(this::list))
                .handle("getPilotReport", tenants.guarded(this::report));
    }

    private void ask(RoutingContext rc) {
        if (!tenants.admitted(rc).isPublicBody()) {
            throw new HearthException(ErrorCode.FORBIDDEN, "Only public bodies run pilots and ask their questions.");
        }
        AskedQuestion asked = questions.ask(Calls.context(rc), Calls.tenant(rc), id(rc), QuestionJson.question(Api.body(rc)));
        Api.json(rc, 201, QuestionJson.asked(asked));
    }

    private void list(RoutingContext rc) {
        JsonArray items = new JsonArray();
        questions.list(Calls.tenant(rc), id(rc)).forEach(q -> items.add(QuestionJson.asked(q)));
        Api.json(rc, 200, new JsonObject().put("items", items));
    }

    private void report(RoutingContext rc) {
        Api.json(rc, 200, QuestionJson.report(reports.forTenant(Calls.tenant(rc), id(rc))));
    }

    static UUID id(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            throw new HearthException(ErrorCode.NOT_FOUND, "You have no pilot with this id.");
        }
        return id;
    }
}
