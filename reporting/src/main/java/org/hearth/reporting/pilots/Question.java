package org.hearth.reporting.pilots;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A question as the partner asks it, before it is checked against the pilot.
 *
 * @param kind {@code count}, {@code sum}, {@code mean} or {@code histogram}
 * @param field the declared field it is about (optional for a count)
 * @param filters equality filters: declared categorical field → one of its categories
 * @param epsilon the ε the answer may spend
 */
public record Question(String kind, String field, Map<String, String> filters, BigDecimal epsilon) {

    public Question {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }
}
