package org.hearth.reporting.pilots;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * A question as recorded in {@code reporting.pilot_questions}: what was asked, what it spent and,
 * when answered, the noisy answer. Never a true count.
 *
 * @param number the question's place in its pilot, from 1
 * @param field null for a count of participants
 * @param status {@code answered} or {@code refused_small_cohort}
 * @param answer null when refused
 * @param remaining the pilot's ε left once this question had spent its own
 */
public record AskedQuestion(UUID id, int number, QuestionKind kind, String schema, String field, Map<String, String> filters,
                            BigDecimal epsilon, String status, String mechanism, BigDecimal sensitivity, Published answer,
                            BigDecimal remaining, OffsetDateTime askedAt) {

    public static final String ANSWERED = "answered";
    public static final String REFUSED_SMALL_COHORT = "refused_small_cohort";

    public AskedQuestion {
        filters = Map.copyOf(filters);
    }

    public boolean answered() {
        return ANSWERED.equals(status);
    }
}
