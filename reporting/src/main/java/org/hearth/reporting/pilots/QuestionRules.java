package org.hearth.reporting.pilots;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.hearth.governance.charter.PilotParameters;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.reporting.pilots.privacy.Epsilon;

/**
 * Checks a question against what its pilot declared and the charter allows, before any ε is
 * spent: a refused question costs nothing. Each refusal is 422 {@code pilot_invalid} naming the
 * member at fault.
 */
final class QuestionRules {

    private QuestionRules() {
    }

    static CheckedQuestion check(Pilot pilot, Question q, PilotParameters charter) {
        QuestionKind kind = QuestionKind.of(q.kind()).orElseThrow(() -> invalid("kind", "kind must be count, sum, mean or histogram."));
        PilotField target = target(pilot, kind, q.field());
        String schema = target != null ? target.schema() : onlySchema(pilot);
        for (Map.Entry<String, String> filter : q.filters().entrySet()) {
            PilotField on = pilot.field(filter.getKey()).filter(f -> !f.numeric())
                    .orElseThrow(() -> invalid("filters", "Filters are on the pilot's categorical fields; " + filter.getKey() + " is not one."));
            if (!on.schema().equals(schema)) {
                throw invalid("filters", "The filter on " + filter.getKey() + " is about another record schema than the question.");
            }
            if (!on.categories().contains(filter.getValue())) {
                throw invalid("filters", "The filter on " + filter.getKey() + " must be one of its declared categories.");
            }
        }
        return new CheckedQuestion(kind, schema, target, q.filters(), epsilon(q.epsilon(), charter));
    }

    private static PilotField target(Pilot pilot, QuestionKind kind, String field) {
        if (field == null || field.isBlank()) {
            if (kind == QuestionKind.COUNT) {
                return null;
            }
            throw invalid("field", "A " + kind.wire() + " is about one of the pilot's declared fields.");
        }
        PilotField target = pilot.field(field).orElseThrow(() -> invalid("field", "The pilot declared no field " + field + "."));
        if ((kind == QuestionKind.SUM || kind == QuestionKind.MEAN) && !target.numeric()) {
            throw invalid("field", "A " + kind.wire() + " is about a numeric field; " + field + " is categorical.");
        }
        if (kind == QuestionKind.HISTOGRAM && target.bins().isEmpty()) {
            throw invalid("field", "A histogram needs declared bins; the pilot declared none for " + field + ".");
        }
        return target;
    }

    /** A count of everyone is about the pilot's one record schema; with several, the question must name a field. */
    private static String onlySchema(Pilot pilot) {
        var schemas = pilot.fields().stream().map(PilotField::schema).distinct().toList();
        if (schemas.size() != 1) {
            throw invalid("field", "The pilot aggregates several record schemas: name the field the count is about.");
        }
        return schemas.getFirst();
    }

    private static Epsilon epsilon(BigDecimal value, PilotParameters charter) {
        if (value == null) {
            throw invalid("epsilon", "epsilon is required: the privacy the answer may spend, such as 0.1.");
        }
        Optional<Epsilon> epsilon;
        try {
            epsilon = Optional.of(Epsilon.of(value));
        } catch (IllegalArgumentException e) {
            epsilon = Optional.empty();
        }
        if (epsilon.isEmpty() || value.compareTo(charter.maxEpsilonPerQuestion()) > 0) {
            throw invalid("epsilon", "epsilon must be above 0 and at most " + charter.maxEpsilonPerQuestion().toPlainString()
                    + " (the charter's most per question), with at most " + Epsilon.MAX_DECIMALS + " decimals.");
        }
        return epsilon.get();
    }

    static HearthException invalid(String field, String detail) {
        return new HearthException(ErrorCode.PILOT_INVALID, detail, Map.of("field", field));
    }
}
