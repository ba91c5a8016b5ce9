package org.hearth.reporting.pilots;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The wire shapes of questions and reports: decimals as strings, exactly as recorded. */
final class QuestionJson {

    private QuestionJson() {
    }

    /** The partner's question; a member of the wrong type is read as absent, and the rules then name it. */
    static Question question(JsonObject b) {
        Map<String, String> filters = new LinkedHashMap<>();
        Object rawFilters = b.getValue("filters");
        if (rawFilters instanceof JsonObject f) {
            f.forEach(e -> filters.put(e.getKey(), e.getValue() == null ? null : String.valueOf(e.getValue())));
        }
        Object epsilon = b.getValue("epsilon");
        BigDecimal eps;
        try {
            eps = epsilon instanceof Number || epsilon instanceof String ? new BigDecimal(epsilon.toString()) : null;
        } catch (NumberFormatException e) {
            eps = null;
        }
        return new Question(b.getValue("kind") instanceof String k ? k : null, b.getValue("field") instanceof String f ? f : null, filters, eps);
    }

    static JsonObject asked(AskedQuestion q) {
        JsonObject o = new JsonObject().put("id", q.id().toString()).put("number", q.number()).put("kind", q.kind().wire())
                .put("schema", q.schema()).put("field", q.field()).put("filters", new JsonObject(new LinkedHashMap<>(q.filters())))
                .put("epsilon", plain(q.epsilon())).put("status", q.status()).put("mechanism", q.mechanism())
                .put("sensitivity", plain(q.sensitivity())).put("remainingBudget", plain(q.remaining()))
                .put("askedAt", q.askedAt().toInstant().toString());
        return o.put("answer", q.answer() == null ? null : AnswerJson.json(q.answer()));
    }

    static JsonObject report(PilotReport r) {
        Pilot p = r.pilot();
        JsonArray questions = new JsonArray();
        r.questions().forEach(q -> questions.add(asked(q)));
        JsonObject funding = new JsonObject().put("amount", p.fundingAmount().toPlainString()).put("currency", p.fundingCurrency())
                .put("receivedAt", p.fundingReceivedAt() == null ? null : p.fundingReceivedAt().toInstant().toString())
                .put("reference", p.fundingReference());
        JsonObject cohort = r.cohortSize().map(q -> new JsonObject().put("measured", true).put("question", q.number())
                        .put("value", q.answer().value().toPlainString()).put("low95", q.answer().low95().toPlainString())
                        .put("high95", q.answer().high95().toPlainString()))
                .orElse(new JsonObject().put("measured", false));
        return new JsonObject().put("pilot", new JsonObject().put("id", p.id().toString()).put("title", p.title()).put("organisation", p.organisation())
                        .put("status", p.status()).put("startsOn", p.startsOn().toString()).put("endsOn", p.endsOn().toString()))
                .put("cohortSize", cohort)
                .put("privacy", new JsonObject().put("mechanism", org.hearth.reporting.pilots.privacy.Answer.DISCRETE_LAPLACE)
                        .put("epsilonTotal", plain(r.total())).put("epsilonSpent", plain(r.spent())).put("epsilonRemaining", plain(r.remaining()))
                        .put("minimumCohort", r.minimumCohort()))
                .put("funding", funding)
                .put("questions", questions);
    }

    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
