package org.hearth.governance.charter;

import java.math.BigDecimal;
import java.util.List;

/**
 * Reads {@code pilots}: {@code minimum_cohort} (a whole number from 2, default 10),
 * {@code epsilon_budget} (above 0, at most 10, default 1.0) and {@code max_epsilon_per_question}
 * (above 0, at most the budget, default 0.5), each ε with at most six decimals. All optional.
 */
final class PilotParametersReader {

    private static final String COHORT = "a whole number of participants from 2 up, such as 10";
    private static final String EPSILON = "a decimal above 0 and at most 10 with at most 6 decimals, such as \"1.0\"";

    private PilotParametersReader() {
    }

    static PilotParameters read(YamlMap root, Values values, Source source) {
        if (!root.has("pilots")) {
            return PilotParameters.DEFAULTS;
        }
        YamlMap pilots = root.map("pilots", "minimum_cohort, epsilon_budget and max_epsilon_per_question")
                .allowOnly(List.of("minimum_cohort", "epsilon_budget", "max_epsilon_per_question"));
        int cohort = pilots.optionalText("minimum_cohort", COHORT).map(text -> {
            BigDecimal value = values.decimal(pilots.path("minimum_cohort"), text, COHORT);
            if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.TWO) < 0
                    || value.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                throw source.error(pilots.path("minimum_cohort"), text, "expected " + COHORT
                        + "; below 2 an answer could be about one person");
            }
            return value.intValueExact();
        }).orElse(PilotParameters.DEFAULT_MINIMUM_COHORT);
        BigDecimal budget = epsilon(pilots, values, source, "epsilon_budget", PilotParameters.DEFAULT_EPSILON_BUDGET);
        BigDecimal perQuestion = epsilon(pilots, values, source, "max_epsilon_per_question",
                PilotParameters.DEFAULT_MAX_EPSILON_PER_QUESTION.min(budget));
        if (perQuestion.compareTo(budget) > 0) {
            throw source.error(pilots.path("max_epsilon_per_question"), perQuestion.toPlainString(),
                    "a question cannot spend more than the whole epsilon_budget (" + budget.toPlainString() + ")");
        }
        return new PilotParameters(cohort, budget, perQuestion);
    }

    private static BigDecimal epsilon(YamlMap pilots, Values values, Source source, String key, BigDecimal fallback) {
        return pilots.optionalText(key, EPSILON).map(text -> {
            BigDecimal value = values.decimal(pilots.path(key), text, EPSILON);
            if (!PilotParameters.withinEpsilon(value)) {
                throw source.error(pilots.path(key), text, "expected " + EPSILON
                        + "; 0 answers nothing, and above 10 the noise protects no one");
            }
            return value;
        }).orElse(fallback);
    }
}
