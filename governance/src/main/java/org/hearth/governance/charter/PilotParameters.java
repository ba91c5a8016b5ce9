package org.hearth.governance.charter;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The privacy parameters of pilots with public bodies ({@code pilots} in the charter): the
 * smallest cohort a question may be answered about, each pilot's total ε and the most one
 * question may spend. Set by the charter, not by the partner, so that the people who govern the
 * company decide how much any pilot may learn.
 *
 * @param minimumCohort the fewest participants (after a question's filters) an answer may be
 *     about; below it the question is refused without saying how many there were
 * @param epsilonBudget the total ε a pilot's questions may spend, in (0, 10]
 * @param maxEpsilonPerQuestion the most ε one question may spend, in (0, epsilonBudget]
 */
public record PilotParameters(int minimumCohort, BigDecimal epsilonBudget, BigDecimal maxEpsilonPerQuestion) {

    public static final int DEFAULT_MINIMUM_COHORT = 10;
    public static final BigDecimal DEFAULT_EPSILON_BUDGET = new BigDecimal("1.0");
    public static final BigDecimal DEFAULT_MAX_EPSILON_PER_QUESTION = new BigDecimal("0.5");
    /** The largest ε the charter may give a pilot: beyond it noise protects no one. */
    public static final BigDecimal MAX_EPSILON = BigDecimal.TEN;
    /** ε is kept exactly with at most six decimals (the privacy mechanism's and the database's precision). */
    public static final int MAX_DECIMALS = 6;

    /** The defaults: cohorts of at least 10, ε 1.0 per pilot, at most 0.5 per question. */
    public static final PilotParameters DEFAULTS =
            new PilotParameters(DEFAULT_MINIMUM_COHORT, DEFAULT_EPSILON_BUDGET, DEFAULT_MAX_EPSILON_PER_QUESTION);

    public PilotParameters {
        Objects.requireNonNull(epsilonBudget, "epsilonBudget");
        Objects.requireNonNull(maxEpsilonPerQuestion, "maxEpsilonPerQuestion");
        if (minimumCohort < 2) {
            throw new IllegalArgumentException("minimumCohort must be at least 2");
        }
        if (!withinEpsilon(epsilonBudget) || !withinEpsilon(maxEpsilonPerQuestion)
                || maxEpsilonPerQuestion.compareTo(epsilonBudget) > 0) {
            throw new IllegalArgumentException("ε must be above 0 and at most 10, and a question's at most the budget");
        }
    }

    static boolean withinEpsilon(BigDecimal value) {
        return value.signum() > 0 && value.compareTo(MAX_EPSILON) <= 0 && value.stripTrailingZeros().scale() <= MAX_DECIMALS;
    }
}
