package org.hearth.reporting.breaches;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.web.Calls;
import org.hearth.web.pages.Frames;
import org.hearth.web.pages.Layout;
import org.hearth.web.pages.Messages;
import org.hearth.web.pages.Templates;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/**
 * {@code /staff/breaches}: the register with each breach's deadline in words;
 * {@code /staff/breaches/new}: record one; {@code /staff/breaches/{id}}: its facts and history,
 * record the authority's notification (or the reason not to notify), and notify individuals
 * after a confirmation step showing exactly who gets which words.
 */
public final class BreachPages {

    static final String PATH = "/staff/breaches";
    private static final Templates TEMPLATES = Templates.precompiled(BreachPages.class, "org.hearth.reporting.jte");
    private static final List<String> FIELDS = List.of("nature", "dataCategories", "approxPeople", "approxRecords", "consequences",
            "measures", "contactPoint", "becameAwareAt");

    private final Frames frames;
    private final Security security;
    private final BreachRegister register;

    public BreachPages(Security security, BreachRegister register) {
        this.security = security;
        this.frames = new Frames(security);
        this.register = register;
    }

    /** A breach line of the list. */
    public record Line(String id, String nature, String awareOn, String deadline, boolean overdue) {
    }

    public record ListPage(Messages m, List<Line> lines) {
    }

    /** A form field with its value and its refusal, if it was the one refused. */
    public record Field(String name, String label, String value, String error, boolean longText, String type) {
    }

    public record NewPage(Messages m, String csrf, List<Field> fields, String error) {
    }

    public record Change(String when, String what) {
    }

    public record NoticeLine(String sent, String audience, String textEn, String textFr, int recipients) {
    }

    /** The confirmation step before individuals are notified. */
    public record Confirm(String audience, String audienceWords, String tenantId, String textEn, String textFr) {
    }

    public record DetailPage(Messages m, String csrf, String id, List<String[]> facts, String deadline, boolean overdue, boolean decided,
                             List<Change> history, List<NoticeLine> notices, String error, String notice, Confirm confirm,
                             Map<String, String> values, Map<UUID, String> tenants) {
    }

    public void mount(Router router) {
        var guard = security.pageGuard(Access.OPERATOR);
        var forms = BodyHandler.create(false).setBodyLimit(64 * 1024);
        router.get(PATH).handler(guard).handler(this::list);
        router.get(PATH + "/new").handler(guard).handler(rc -> newForm(rc, Map.of(), null, null));
        router.post(PATH).handler(forms).handler(guard).handler(this::create);
        router.get(PATH + "/:id").handler(guard).handler(rc -> detail(rc, id(rc), null, rc.queryParams().contains("sent") ? "sent" : null, null, Map.of()));
        router.post(PATH + "/:id/authority-notification").handler(forms).handler(guard).handler(this::authority);
        router.post(PATH + "/:id/individual-notices").handler(forms).handler(guard).handler(this::notify);
    }

    private void list(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        Instant now = register.now();
        List<Line> lines = register.list(Calls.context(rc, "page.breaches.list")).stream().map(b -> new Line(b.id().toString(),
                b.facts().nature(), m.dateTime(b.becameAwareAt()), deadline(m, b.deadline(now)),
                b.deadline(now) instanceof AuthorityDeadline.Overdue)).toList();
        Layout.send(rc, frames.of(rc, m, m.t("nav.breaches")), TEMPLATES.render("breaches.jte", new ListPage(m, lines)));
    }

    /** The deadline in words: "notify the authority by … — 14 hours left", "overdue by 3 hours", "notified on …". */
    static String deadline(Messages m, AuthorityDeadline d) {
        return switch (d) {
            case AuthorityDeadline.Pending p -> m.t("staff.breaches.deadline.pending", m.dateTime(p.due()), p.left().toHours());
            case AuthorityDeadline.Overdue o -> m.t("staff.breaches.deadline.overdue", Math.max(1, o.by().toHours()), m.dateTime(o.due()));
            case AuthorityDeadline.Notified n -> m.t(n.late() ? "staff.breaches.deadline.notifiedLate" : "staff.breaches.deadline.notified", m.dateTime(n.at()));
            case AuthorityDeadline.NotRequired r -> m.t("staff.breaches.deadline.notRequired");
        };
    }

    private void newForm(RoutingContext rc, Map<String, String> values, String field, String reason) {
        Messages m = Messages.forRequest(rc);
        List<Field> fields = FIELDS.stream().map(f -> new Field(f, m.t("staff.breaches.field." + f), values.getOrDefault(f, ""),
                f.equals(field) ? reason : null, List.of("nature", "consequences", "measures").contains(f),
                f.startsWith("approx") ? "number" : f.equals("becameAwareAt") ? "datetime-local" : "text")).toList();
        Layout.send(rc, frames.of(rc, m, m.t("staff.breaches.new")), TEMPLATES.render("breach-new.jte",
                new NewPage(m, frames.csrf(rc), fields, reason == null ? null : m.t("staff.breaches.refused"))));
    }

    private void create(RoutingContext rc) {
        Map<String, String> values = form(rc);
        try {
            Breach b = register.record(Calls.context(rc, "page.breaches.record"), new Breach.Facts(values.get("nature"), values.get("dataCategories"),
                    whole(values, "approxPeople"), whole(values, "approxRecords"), values.get("consequences"), values.get("measures"),
                    values.get("contactPoint")), local(values, "becameAwareAt", Messages.forRequest(rc).zone()));
            rc.response().setStatusCode(303).putHeader("Location", PATH + "/" + b.id() + "?done=breach-recorded").end();
        } catch (HearthException e) {
            if (e.code() != ErrorCode.BREACH_INVALID) {
                throw e;
            }
            rc.response().setStatusCode(422);
            String field = String.valueOf(e.extensions().get("field"));
            newForm(rc, values, field, reason(Messages.forRequest(rc), e, field));
        }
    }

    private void authority(RoutingContext rc) {
        UUID id = id(rc);
        Map<String, String> values = form(rc);
        try {
            if ("none".equals(values.get("decision"))) {
                register.notNotifying(Calls.context(rc, "page.breaches.notNotifying"), id, values.get("notNotifyingReason"));
            } else {
                register.authorityNotified(Calls.context(rc, "page.breaches.authority"), id, local(values, "notifiedAt", Messages.forRequest(rc).zone()), values.get("reference"));
            }
            rc.response().setStatusCode(303).putHeader("Location", PATH + "/" + id + "?done=breach-authority").end();
        } catch (HearthException e) {
            refused(rc, id, e, values);
        }
    }

    private void notify(RoutingContext rc) {
        UUID id = id(rc);
        Map<String, String> values = form(rc);
        Messages m = Messages.forRequest(rc);
        try {
            String audience = values.get("audience");
            BreachRegister.Audience to;
            String words;
            if ("tenant".equals(audience)) {
                UUID tenant = Ids.parseOrNull(values.get("tenantId"));
                if (tenant == null) {
                    throw BreachRegister.invalid("tenantId", "the tenant whose agreements' individuals are told");
                }
                to = new BreachRegister.Audience(tenant);
                String name = register.tenants(Calls.context(rc, "page.breaches.tenants")).get(tenant);
                if (name == null) {
                    throw BreachRegister.invalid("tenantId", "choose an organisation from the list");
                }
                words = m.t("staff.breaches.audience.tenantOf", name);
            } else if ("all".equals(audience)) {
                to = BreachRegister.Audience.EVERYONE;
                words = m.t("staff.breaches.audience.all");
            } else {
                throw BreachRegister.invalid("audience", "choose who is told");
            }
            String en = values.get("textEn");
            String fr = values.get("textFr");
            if (!"yes".equals(values.get("confirm"))) {
                if (en == null || en.isBlank()) {
                    throw BreachRegister.invalid("textEn", "this is required");
                }
                if (fr == null || fr.isBlank()) {
                    throw BreachRegister.invalid("textFr", "this is required");
                }
                detail(rc, id, null, null, new Confirm(audience, words, values.getOrDefault("tenantId", ""), en.strip(), fr.strip()), values);
                return;
            }
            register.noticeIndividuals(Calls.context(rc, "page.breaches.notice"), id, to, en, fr);
            rc.response().setStatusCode(303).putHeader("Location", PATH + "/" + id + "?sent=1").end();
        } catch (HearthException e) {
            refused(rc, id, e, values);
        }
    }

    private void refused(RoutingContext rc, UUID id, HearthException e, Map<String, String> values) {
        if (e.code() != ErrorCode.BREACH_INVALID && e.code() != ErrorCode.CONFLICT) {
            throw e;
        }
        rc.response().setStatusCode(e.code().status());
        Messages m = Messages.forRequest(rc);
        String field = String.valueOf(e.extensions().get("field"));
        detail(rc, id, e.code() == ErrorCode.CONFLICT ? m.t("staff.breaches.alreadyDecided")
                : m.t("staff.breaches.fieldRefused", m.t("staff.breaches.field." + field), reason(m, e, field)), null, null, values);
    }

    private void detail(RoutingContext rc, UUID id, String error, String notice, Confirm confirm, Map<String, String> values) {
        Messages m = Messages.forRequest(rc);
        Breach b = register.get(Calls.context(rc, "page.breaches.get"), id);
        Breach.Facts f = b.facts();
        List<String[]> facts = List.of(
                new String[] {m.t("staff.breaches.field.nature"), f.nature()},
                new String[] {m.t("staff.breaches.field.dataCategories"), f.dataCategories()},
                new String[] {m.t("staff.breaches.field.approxPeople"), m.number(f.approxPeople())},
                new String[] {m.t("staff.breaches.field.approxRecords"), m.number(f.approxRecords())},
                new String[] {m.t("staff.breaches.field.consequences"), f.consequences()},
                new String[] {m.t("staff.breaches.field.measures"), f.measures()},
                new String[] {m.t("staff.breaches.field.contactPoint"), f.contactPoint()},
                new String[] {m.t("staff.breaches.field.becameAwareAt"), m.dateTime(b.becameAwareAt())},
                new String[] {m.t("staff.breaches.recordedAt"), m.dateTime(b.recordedAt())},
                new String[] {m.t("staff.breaches.reference"), b.authorityReference() == null ? "—" : b.authorityReference()},
                new String[] {m.t("staff.breaches.reason"), b.notNotifyingReason() == null ? "—" : b.notNotifyingReason()});
        AuthorityDeadline d = b.deadline(register.now());
        List<Change> history = b.history().stream().map(c -> new Change(m.dateTime(c.changedAt()), m.t("staff.breaches.change." + c.change()))).toList();
        Map<UUID, String> tenants = register.tenants(Calls.context(rc, "page.breaches.tenants"));
        List<NoticeLine> notices = b.notices().stream().map(n -> new NoticeLine(m.dateTime(n.sentAt()),
                n.toEveryone() ? m.t("staff.breaches.audience.all") : m.t("staff.breaches.audience.tenantOf", tenants.getOrDefault(n.tenantId(), "—")),
                n.textEn(), n.textFr(), n.recipients())).toList();
        Layout.send(rc, frames.of(rc, m, m.t("staff.breaches.one")), TEMPLATES.render("breach.jte", new DetailPage(m, frames.csrf(rc),
                b.id().toString(), facts, deadline(m, d), d instanceof AuthorityDeadline.Overdue,
                d instanceof AuthorityDeadline.Notified || d instanceof AuthorityDeadline.NotRequired, history, notices, error,
                notice == null ? null : m.t("staff.breaches.sent"), confirm, values, tenants)));
    }

    private static String reason(Messages m, HearthException e, String field) {
        String detail = e.detail();
        String reason = detail.startsWith(field + ": ") ? detail.substring(field.length() + 2) : detail;
        return reason.equals("this is required") ? m.t("staff.breaches.required") : reason;
    }

    private static UUID id(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            throw new HearthException(ErrorCode.NOT_FOUND, "No breach with this id is on the register");
        }
        return id;
    }

    private static Map<String, String> form(RoutingContext rc) {
        Map<String, String> values = new HashMap<>();
        rc.request().formAttributes().forEach(e -> values.put(e.getKey(), e.getValue()));
        return values;
    }

    private static int whole(Map<String, String> values, String field) {
        try {
            return Integer.parseInt(values.getOrDefault(field, "").strip());
        } catch (NumberFormatException e) {
            throw BreachRegister.invalid(field, "an approximate whole number, zero or more");
        }
    }

    /** A datetime-local field, read in the zone the page shows times in (what the operator typed is what they then read). */
    private static Instant local(Map<String, String> values, String field, java.time.ZoneId zone) {
        String v = values.get(field);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(v.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw BreachRegister.invalid(field, "a date and time");
        }
    }
}
