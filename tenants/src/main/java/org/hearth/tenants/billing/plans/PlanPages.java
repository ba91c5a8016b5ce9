package org.hearth.tenants.billing.plans;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.web.Calls;
import org.hearth.web.pages.Frames;
import org.hearth.web.pages.Layout;
import org.hearth.web.pages.Messages;
import org.hearth.web.pages.Templates;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/**
 * {@code /staff/plans}: for operators, every plan with its price versions in words, and per plan
 * a form "New prices from a date", pre-filled with the latest version's numbers. Submitting it
 * stores a new version: the latest document with those numbers replaced, checked as the API
 * checks one. Adding or removing components is left to the API.
 */
public final class PlanPages {

    static final String PATH = "/staff/plans";
    private static final Templates TEMPLATES = Templates.precompiled(PlanPages.class, "org.hearth.tenants.console.jte");

    private final Security security;
    private final Frames frames;
    private final PlanStore plans;

    public PlanPages(Security security, PlanStore plans) {
        this.security = security;
        this.frames = new Frames(security);
        this.plans = plans;
    }

    /** One labelled number of the form, with the refusal next to it if it was the one refused. */
    public record Input(String id, String name, String label, String value, String error) {
    }

    /** A plan's form: where it posts, its inputs, the date and the date's refusal. */
    public record Form(String action, String code, List<Input> inputs, String effectiveFrom, String dateError) {
    }

    /** A version in words. */
    public record Version(String heading, List<String> sentences) {
    }

    /** A plan as the page shows it. */
    public record PlanView(String code, String name, List<Version> versions, Form form) {
    }

    /** {@code plans.jte}'s model. */
    public record Page(Messages m, String csrf, String error, String notice, List<PlanView> plans) {
    }

    /** What was submitted for one plan and why it was refused. */
    private record Attempt(String code, Map<String, String> values, String effectiveFrom, String field, String reason) {
    }

    public void mount(Router router) {
        var guard = security.pageGuard(Access.OPERATOR);
        router.get(PATH).handler(guard).handler(rc -> page(rc, null, null));
        router.post(PATH + "/:code/versions").handler(BodyHandler.create(false).setBodyLimit(32 * 1024)).handler(guard).handler(this::submit);
    }

    private void submit(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        String code = rc.pathParam("code");
        StoredPlan plan = plans.plan(code).orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "There is no plan with this code."));
        Map<String, String> values = new HashMap<>();
        rc.request().formAttributes().forEach(e -> values.put(e.getKey(), e.getValue()));
        String from = values.get("effective_from");
        try {
            ObjectNode document = PriceFields.apply(PlanJson.body(plan.latest().document()), values, from, m.language());
            var version = plans.addVersion(Calls.context(rc, "page.plans.version"), code, document);
            page(rc, null, m.t("staff.plans.added", plan.name(m.language()), version.prices().version(), m.date(version.prices().effectiveFrom())));
        } catch (HearthException e) {
            if (e.code() != ErrorCode.PLAN_INVALID) {
                throw e;
            }
            String field = String.valueOf(e.extensions().get("field"));
            rc.response().setStatusCode(422);
            String reason = e.detail().substring(Math.min(e.detail().length(), field.length() + 2));
            page(rc, new Attempt(code, values, from, field, words(m, reason)), null);
        }
    }

    private void page(RoutingContext rc, Attempt attempt, String notice) {
        Messages m = Messages.forRequest(rc);
        List<PlanView> views = plans.plans().stream().map(p -> view(m, p, attempt != null && attempt.code().equals(p.code()) ? attempt : null)).toList();
        String error = attempt == null ? null : m.t("staff.plans.refused", attempt.reason());
        Layout.send(rc, frames.of(rc, m, m.t("nav.plans")), TEMPLATES.render("plans.jte", new Page(m, frames.csrf(rc), error, notice, views)));
    }

    private PlanView view(Messages m, StoredPlan plan, Attempt attempt) {
        LocalDate today = plans.today();
        List<Version> versions = plan.versions().stream().map(v -> new Version(m.t("staff.plans.version", v.prices().version(),
                m.date(v.prices().effectiveFrom())), PriceWords.of(m, v.prices()))).toList();
        String prefix = "p-" + plan.code() + "-";
        List<Input> inputs = PriceFields.of(PlanJson.body(plan.latest().document())).stream().map(f -> new Input(
                prefix + f.path().replaceAll("[^a-z0-9_]+", "-"), f.path(), label(m, f, plan.latest().prices().currency().getCurrencyCode()),
                attempt == null ? f.value() : attempt.values().getOrDefault(f.path(), f.value()),
                attempt != null && attempt.field().equals(f.path()) ? attempt.reason() : null)).toList();
        LocalDate earliest = plan.latest().prices().effectiveFrom().plusDays(1);
        String from = attempt == null ? (earliest.isAfter(today) ? earliest : today).toString() : attempt.effectiveFrom();
        String dateError = attempt != null && attempt.field().equals("effective_from") ? attempt.reason() : null;
        return new PlanView(plan.code(), plan.name(m.language()), versions,
                new Form(PATH + "/" + plan.code() + "/versions", plan.code(), inputs, from, dateError));
    }

    /** The engine's reason in the page's language where it is one a form can cause; as written otherwise. */
    private static String words(Messages m, String reason) {
        String key = reason.startsWith("must be a decimal number") ? "decimal"
                : reason.startsWith("must not be negative") ? "negative"
                : reason.startsWith("is required") ? "required"
                : reason.startsWith("has more decimals than") ? "decimals"
                : reason.startsWith("must be a whole number") ? "whole"
                : reason.startsWith("must be today") ? "past"
                : reason.startsWith("must be after the latest") ? "afterLatest" : null;
        return key == null ? reason : m.t("staff.plans.reason." + key);
    }

    private static String label(Messages m, PriceFields.Field f, String currency) {
        String subject = f.kind() == PriceFields.Kind.MINIMUM_COMMITMENT || f.kind() == PriceFields.Kind.INVOICE_THRESHOLD ? ""
                : m.t("billing.line." + f.subject());
        String what = m.t("staff.plans.field." + f.kind().name().toLowerCase(java.util.Locale.ROOT), f.tier(), currency);
        return subject.isEmpty() ? what : subject + " — " + what;
    }
}
