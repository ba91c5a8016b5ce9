package org.hearth.reporting.breaches;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** {@code /api/v1/operator/breaches…}: the breach register, for staff with the operator role. */
public final class BreachRoutes implements ApiRoutes {

    private final BreachRegister register;

    public BreachRoutes(BreachRegister register) {
        this.register = register;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("listBreaches", rc -> {
                    Instant now = register.now();
                    Api.json(rc, 200, new JsonObject().put("items", new JsonArray(register.list(Calls.context(rc)).stream()
                            .map(b -> json(b, now)).toList())));
                })
                .handle("recordBreach", this::record)
                .handle("getBreach", rc -> Api.json(rc, 200, json(register.get(Calls.context(rc), id(rc)), register.now())))
                .handle("recordAuthorityNotification", this::authority)
                .handle("noticeBreachIndividuals", this::notice);
    }

    private void record(RoutingContext rc) {
        JsonObject body = Api.body(rc);
        Breach.Facts facts = new Breach.Facts(string(body, "nature"), string(body, "dataCategories"), number(body, "approxPeople"),
                number(body, "approxRecords"), string(body, "consequences"), string(body, "measures"), string(body, "contactPoint"));
        Breach b = register.record(Calls.context(rc), facts, instant(body, "becameAwareAt"));
        rc.response().putHeader("Location", "/api/v1/operator/breaches/" + b.id());
        Api.json(rc, 201, json(b, register.now()));
    }

    private void authority(RoutingContext rc) {
        JsonObject body = Api.body(rc);
        UUID id = id(rc);
        String reason = string(body, "notNotifyingReason");
        Breach b = reason != null && body.getValue("notifiedAt") == null
                ? register.notNotifying(Calls.context(rc), id, reason)
                : register.authorityNotified(Calls.context(rc), id, instant(body, "notifiedAt"), string(body, "reference"));
        Api.json(rc, 200, json(b, register.now()));
    }

    private void notice(RoutingContext rc) {
        JsonObject body = Api.body(rc);
        UUID id = id(rc);
        String audience = string(body, "audience");
        BreachRegister.Audience to;
        if ("all".equals(audience)) {
            to = BreachRegister.Audience.EVERYONE;
        } else if ("tenant".equals(audience)) {
            UUID tenant = Ids.parseOrNull(string(body, "tenantId"));
            if (tenant == null) {
                throw BreachRegister.invalid("tenantId", "the tenant whose agreements' individuals are told");
            }
            to = new BreachRegister.Audience(tenant);
        } else {
            throw BreachRegister.invalid("audience", "all, or tenant with tenantId");
        }
        BreachRegister.Sent sent = register.noticeIndividuals(Calls.context(rc), id, to, string(body, "textEn"), string(body, "textFr"));
        Api.json(rc, 201, notice(sent.notice()));
    }

    private static UUID id(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            throw new HearthException(ErrorCode.NOT_FOUND, "No breach with this id is on the register");
        }
        return id;
    }

    private static String string(JsonObject body, String field) {
        Object v = body.getValue(field);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String s)) {
            throw BreachRegister.invalid(field, "must be text");
        }
        return s;
    }

    private static int number(JsonObject body, String field) {
        Object v = body.getValue(field);
        if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.doubleValue() > Integer.MAX_VALUE) {
            throw BreachRegister.invalid(field, "an approximate whole number, zero or more");
        }
        return n.intValue();
    }

    private static Instant instant(JsonObject body, String field) {
        String s = string(body, field);
        if (s == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            throw BreachRegister.invalid(field, "a date and time with its offset, e.g. 2026-03-02T09:30:00Z");
        }
    }

    static JsonObject json(Breach b, Instant now) {
        Breach.Facts f = b.facts();
        JsonObject o = new JsonObject().put("id", b.id().toString()).put("nature", f.nature()).put("dataCategories", f.dataCategories())
                .put("approxPeople", f.approxPeople()).put("approxRecords", f.approxRecords()).put("consequences", f.consequences())
                .put("measures", f.measures()).put("contactPoint", f.contactPoint()).put("becameAwareAt", b.becameAwareAt().toString())
                .put("recordedBy", b.recordedBy().toString()).put("recordedAt", b.recordedAt().toString())
                .put("authorityNotifiedAt", str(b.authorityNotifiedAt())).put("authorityReference", b.authorityReference())
                .put("notNotifyingReason", b.notNotifyingReason()).put("individualsNotifiedAt", str(b.individualsNotifiedAt()))
                .put("deadline", deadline(b.deadline(now)));
        o.put("history", new JsonArray(b.history().stream().map(c -> new JsonObject().put("change", c.change())
                .put("changedBy", c.changedBy().toString()).put("changedAt", c.changedAt().toString())
                .put("details", new JsonObject(c.details()))).toList()));
        o.put("notices", new JsonArray(b.notices().stream().map(BreachRoutes::notice).toList()));
        return o;
    }

    private static JsonObject notice(Breach.NoticeSent n) {
        return new JsonObject().put("id", n.id().toString()).put("audience", n.toEveryone() ? "all" : "tenant")
                .put("tenantId", n.tenantId() == null ? null : n.tenantId().toString()).put("textEn", n.textEn()).put("textFr", n.textFr())
                .put("recipients", n.recipients()).put("sentBy", n.sentBy().toString()).put("sentAt", n.sentAt().toString());
    }

    private static JsonObject deadline(AuthorityDeadline d) {
        JsonObject o = new JsonObject().put("due", d.due().toString());
        return switch (d) {
            case AuthorityDeadline.Pending p -> o.put("state", "pending").put("minutesLeft", p.left().toMinutes());
            case AuthorityDeadline.Overdue p -> o.put("state", "overdue").put("minutesOverdue", p.by().toMinutes());
            case AuthorityDeadline.Notified p -> o.put("state", "notified").put("late", p.late());
            case AuthorityDeadline.NotRequired p -> o.put("state", "not_required");
        };
    }

    private static String str(Instant i) {
        return i == null ? null : i.toString();
    }
}
