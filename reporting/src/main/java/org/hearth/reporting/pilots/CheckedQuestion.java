package org.hearth.reporting.pilots;

import java.util.Map;
import org.hearth.reporting.pilots.privacy.Epsilon;

/**
 * A question the pilot's declarations allow: the schema whose records answer it, the declared
 * field (null for a count of everyone in the schema), the filters, and the ε.
 */
record CheckedQuestion(QuestionKind kind, String schema, PilotField target, Map<String, String> filters, Epsilon epsilon) {

    CheckedQuestion {
        filters = Map.copyOf(filters);
    }

    /** The field's name, or null for a count of participants. */
    String field() {
        return target == null ? null : target.field();
    }
}
