package org.hearth.reporting.pilots;

import gg.jte.output.StringOutput;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.web.Calls;
import org.hearth.web.pages.Frames;
import org.hearth.web.pages.Layout;
import org.hearth.web.pages.Messages;
import org.hearth.web.pages.Pdf;
import org.hearth.web.pages.Templates;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;
import org.hearth.tenants.TenantGate;

/**
 * {@code /console/pilots/{id}/report} (with its PDF, {@code …/report.pdf}, from the same
 * template) for the partner, with the question form for its admins and developers
 * ({@code POST /console/pilots/{id}/questions}); {@code /staff/pilots/{id}/report} for the operator.
 */
public final class PilotReportPages {

    private static final Templates TEMPLATES = Templates.precompiled(PilotReportPages.class, "org.hearth.reporting.jte");

    private final Security security;
    private final Frames frames;
    private final TenantGate tenants;
    private final PilotQuestions questions;
    private final PilotReports reports;

    public PilotReportPages(Security security, TenantGate tenants, PilotQuestions questions, PilotReports reports) {
        this.security = security;
        this.frames = new Frames(security);
        this.tenants = tenants;
        this.questions = questions;
        this.reports = reports;
    }

    public void mount(Router router) {
        var tenant = security.pageGuard(Access.TENANT);
        router.get("/console/pilots/:id/report.pdf").handler(tenant).handler(this::pdf);
        router.get("/console/pilots/:id/report").handler(tenant).handler(rc -> console(rc, null, null));
        router.post("/console/pilots/:id/questions").handler(BodyHandler.create(false).setBodyLimit(16 * 1024)).handler(tenant).handler(this::ask);
        router.get("/staff/pilots/:id/report").handler(security.pageGuard(Access.OPERATOR)).handler(this::staff);
    }

    private void console(RoutingContext rc, Map<String, String> attempt, HearthException refusal) {
        Messages m = Messages.forRequest(rc);
        TenantScope scope = tenants.console(rc);
        UUID id = PilotQuestionRoutes.id(rc);
        PilotReport report = reports.forTenant(scope, id);
        PilotReportView.Form form = mayAsk(rc, report) ? form(m, rc, report, attempt, refusal) : null;
        PilotReportView view = PilotReportView.of(m, report, form, "/console/pilots/" + id + "/report.pdf");
        String heading = m.t("pilotReport.title", report.pilot().title());
        Layout.send(rc, frames.of(rc, m, heading + " · " + m.t("console.title", tenants.admitted(rc).name()), heading, tenants.admitted(rc).name()),
                TEMPLATES.render("pilots/page.jte", view));
    }

    /** A public body's admins and developers ask, while the pilot runs; analysts and others read. */
    private boolean mayAsk(RoutingContext rc, PilotReport report) {
        Actor caller = Security.caller(rc);
        return tenants.admitted(rc).isPublicBody() && (caller.hasRole("admin") || caller.hasRole("developer"))
                && report.pilot().running(java.time.LocalDate.now(java.time.ZoneOffset.UTC));
    }

    private PilotReportView.Form form(Messages m, RoutingContext rc, PilotReport report, Map<String, String> attempt, HearthException refusal) {
        Map<String, String> a = attempt == null ? Map.of() : attempt;
        List<PilotReportView.Row> fields = report.pilot().fields().stream().map(f -> new PilotReportView.Row(f.field(), f.field(),
                m.t(f.numeric() ? "pilotAsk.numeric" : "pilotAsk.categorical", f.numeric()
                        ? PilotReportView.number(m, f.bounds().lower()) + " – " + PilotReportView.number(m, f.bounds().upper())
                        : String.join(", ", f.categories())))).toList();
        List<PilotReportView.Row> filters = report.pilot().fields().stream().filter(f -> !f.numeric())
                .map(f -> new PilotReportView.Row(f.field(), f.field(), String.join(", ", f.categories()))).toList();
        String error = refusal == null ? null : refusalText(m, refusal);
        Object field = refusal == null ? null : refusal.extensions().get("field");
        return new PilotReportView.Form(frames.csrf(rc), "/console/pilots/" + report.pilot().id() + "/questions", fields, filters,
                a.getOrDefault("kind", "count"), a.getOrDefault("field", ""), a.getOrDefault("filterField", ""), a.getOrDefault("filterValue", ""),
                a.getOrDefault("epsilon", "0.1"), PilotReportView.number(m, questions.parameters().maxEpsilonPerQuestion()), error,
                field == null ? null : String.valueOf(field));
    }

    private static String refusalText(Messages m, HearthException e) {
        return switch (e.code()) {
            case PRIVACY_BUDGET_SPENT -> m.t("pilotAsk.budgetSpent", PilotReportView.number(m, (BigDecimal) e.extensions().get("remaining")));
            case COHORT_TOO_SMALL -> m.t("pilotAsk.cohortTooSmall", e.extensions().get("minimumCohort"));
            case PILOT_NOT_RUNNING -> m.t("pilotAsk.notRunning");
            default -> m.tOr("pilotAsk.invalid." + e.extensions().get("field"), m.t("pilotAsk.invalid"));
        };
    }

    private void ask(RoutingContext rc) {
        Actor caller = Security.caller(rc);
        if (!caller.hasRole("admin") && !caller.hasRole("developer")) {
            throw new HearthException(ErrorCode.FORBIDDEN, "Your role cannot ask questions; it needs admin or developer.");
        }
        TenantScope scope = tenants.console(rc);
        if (!tenants.admitted(rc).isPublicBody()) {
            throw new HearthException(ErrorCode.FORBIDDEN, "Only public bodies run pilots and ask their questions.");
        }
        UUID id = PilotQuestionRoutes.id(rc);
        var f = rc.request().formAttributes();
        Map<String, String> attempt = new java.util.HashMap<>();
        for (String name : List.of("kind", "field", "filterField", "filterValue", "epsilon")) {
            String value = f.get(name);
            attempt.put(name, value == null ? "" : value.strip());
        }
        Map<String, String> filters = attempt.get("filterField").isEmpty() ? Map.of() : Map.of(attempt.get("filterField"), attempt.get("filterValue"));
        BigDecimal epsilon;
        try {
            epsilon = new BigDecimal(attempt.get("epsilon").replace(',', '.'));
        } catch (NumberFormatException e) {
            epsilon = null;
        }
        try {
            AskedQuestion asked = questions.ask(Calls.context(rc, "page.console.pilot_question"), scope, id,
                    new Question(attempt.get("kind"), attempt.get("field").isEmpty() ? null : attempt.get("field"), filters, epsilon));
            rc.response().setStatusCode(303).putHeader("Location", "/console/pilots/" + id + "/report?done=question-answered#question-" + asked.number()).end();
        } catch (HearthException e) {
            if (e.code().status() != 422 && e.code().status() != 409) {
                throw e;
            }
            rc.response().setStatusCode(e.code().status());
            console(rc, attempt, e);
        }
    }

    private void pdf(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        UUID id = PilotQuestionRoutes.id(rc);
        PilotReport report = reports.forTenant(tenants.console(rc), id);
        StringOutput out = new StringOutput(16384);
        TEMPLATES.render("pilots/print.jte", PilotReportView.of(m, report, null, null)).writeTo(out);
        rc.response().putHeader("Content-Type", "application/pdf").putHeader("Cache-Control", "no-store")
                .putHeader("Content-Disposition", "inline; filename=\"pilot-report-" + id + ".pdf\"")
                .end(io.vertx.core.buffer.Buffer.buffer(Pdf.of(out.toString())));
    }

    private void staff(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        UUID id = PilotQuestionRoutes.id(rc);
        PilotReport report = reports.forOperator(Calls.context(rc, "page.staff.pilot_report"), id);
        PilotReportView view = PilotReportView.of(m, report, null, null);
        Layout.send(rc, frames.of(rc, m, m.t("pilotReport.title", report.pilot().title())), TEMPLATES.render("pilots/page.jte", view));
    }
}
