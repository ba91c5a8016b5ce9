package org.hearth.tenants.pilots;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** A pilot's wire shapes: the proposal read from a body (wrong types refused as pilot_invalid, naming the field) and the pilot written. */
public final class PilotJson {

    private PilotJson() {
    }

    public static NewPilot proposal(JsonObject b) {
        JsonObject funding = b.getValue("funding") instanceof JsonObject f ? f : new JsonObject();
        return new NewPilot(text(b, "title"), text(b, "purpose"), text(b, "description"), strings(b.getValue("categories"), "categories"),
                PilotFieldsJson.read(b.getValue("fields")), whole(b.getValue("targetCohort")), date(b, "startsOn"), date(b, "endsOn"),
                amount(funding.getValue("amount")), funding.getValue("currency") instanceof String c ? c : null, text(b, "policyUrl"));
    }

    public static JsonObject pilot(Pilot p, String publicBaseUrl) {
        NewPilot t = p.terms();
        JsonObject funding = new JsonObject().put("amount", t.fundingAmount().setScale(2).toPlainString()).put("currency", t.fundingCurrency())
                .put("receivedOn", p.fundingReceivedOn() == null ? null : p.fundingReceivedOn().toString()).put("reference", p.fundingReference());
        JsonObject decision = p.decidedAt() == null ? null
                : new JsonObject().put("reason", p.decisionReason()).put("decidedAt", p.decidedAt().toInstant().toString());
        JsonObject invitation = p.invitationCode() == null ? null : new JsonObject().put("dataRequestId", p.dataRequestId().toString())
                .put("code", p.invitationCode()).put("url", invitationUrl(publicBaseUrl, p));
        return new JsonObject().put("id", p.id().toString())
                .put("tenant", new JsonObject().put("id", p.tenantId().toString()).put("name", p.tenantName()))
                .put("title", t.title()).put("purpose", t.purpose()).put("description", t.description())
                .put("categories", new JsonArray(new ArrayList<>(t.categories()))).put("fields", PilotFieldsJson.write(t.fields()))
                .put("targetCohort", t.targetCohort()).put("startsOn", t.startsOn().toString()).put("endsOn", t.endsOn().toString())
                .put("funding", funding).put("policyUrl", t.policyUrl()).put("status", p.status().code()).put("decision", decision)
                .put("invitation", invitation).put("endedAt", p.endedAt() == null ? null : p.endedAt().toInstant().toString())
                .put("createdAt", p.createdAt().toInstant().toString());
    }

    /** Where participants are sent: the request's review page, as for any data request. */
    public static String invitationUrl(String publicBaseUrl, Pilot p) {
        return p.invitationCode() == null ? null : publicBaseUrl + "/requests/" + p.invitationCode();
    }

    public static JsonObject items(List<Pilot> pilots, String publicBaseUrl) {
        return new JsonObject().put("items", new JsonArray(pilots.stream().map(p -> pilot(p, publicBaseUrl)).toList()));
    }

    private static String text(JsonObject b, String key) {
        Object v = b.getValue(key);
        if (v != null && !(v instanceof String)) {
            throw PilotRules.invalid(key, "text");
        }
        return (String) v;
    }

    private static List<String> strings(Object v, String field) {
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof JsonArray a) || !a.stream().allMatch(String.class::isInstance)) {
            throw PilotRules.invalid(field, "a list of text values");
        }
        return a.stream().map(String.class::cast).toList();
    }

    private static int whole(Object v) {
        if (!(v instanceof Integer) && !(v instanceof Long)) {
            throw PilotRules.invalid("targetCohort", "a whole number of people");
        }
        long n = ((Number) v).longValue();
        return n > Integer.MAX_VALUE || n < 0 ? -1 : (int) n;
    }

    private static LocalDate date(JsonObject b, String key) {
        Object v = b.getValue(key);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse((String) v);
        } catch (ClassCastException | DateTimeParseException e) {
            throw PilotRules.invalid(key, "a date, YYYY-MM-DD");
        }
    }

    /** A decimal string ("25000.00") or a number. */
    static BigDecimal amount(Object v) {
        if (v == null) {
            return null;
        }
        try {
            String text = v.toString();
            if ((!(v instanceof String) && !(v instanceof Number)) || text.length() > 30) {
                throw new NumberFormatException();
            }
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw PilotRules.invalid("funding.amount", "a decimal amount such as 25000.00");
        }
    }
}
