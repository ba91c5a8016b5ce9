package org.hearth.governance.charter;

import static org.hearth.governance.charter.Samples.frScic;
import static org.hearth.governance.charter.Samples.rejects;
import static org.hearth.governance.charter.Samples.replace;
import static org.hearth.governance.charter.Samples.ukCic;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The charter's {@code pilots} parameters: defaults, values read exactly, and each bad value named. */
class PilotParametersTest {

    private static String withPilots(String pilots) {
        return replace(ukCic(), "currency: GBP\n", "currency: GBP\npilots: " + pilots + "\n");
    }

    @Test
    void withoutAPilotsBlockTheDefaultsApply() {
        PilotParameters p = CharterParser.parse(ukCic()).pilots();
        assertEquals(10, p.minimumCohort());
        assertEquals(0, new BigDecimal("1.0").compareTo(p.epsilonBudget()));
        assertEquals(0, new BigDecimal("0.5").compareTo(p.maxEpsilonPerQuestion()));
        assertEquals(10, CharterParser.parse(frScic()).pilots().minimumCohort());
    }

    @Test
    void everyParameterIsReadExactly() {
        PilotParameters p = CharterParser.parse(withPilots("{ minimum_cohort: 25, epsilon_budget: \"2.5\", max_epsilon_per_question: \"0.125\" }")).pilots();
        assertEquals(25, p.minimumCohort());
        assertEquals(new BigDecimal("2.5"), p.epsilonBudget());
        assertEquals(new BigDecimal("0.125"), p.maxEpsilonPerQuestion());
    }

    @Test
    void aSmallBudgetLowersTheDefaultPerQuestion() {
        PilotParameters p = CharterParser.parse(withPilots("{ epsilon_budget: \"0.3\" }")).pilots();
        assertEquals(new BigDecimal("0.3"), p.maxEpsilonPerQuestion());
    }

    @Test
    void aCohortOfOneIsRejected() {
        rejects(withPilots("{ minimum_cohort: 1 }"), "pilots.minimum_cohort", "1", "below 2 an answer could be about one person");
    }

    @Test
    void aCohortMustBeWhole() {
        rejects(withPilots("{ minimum_cohort: 9.5 }"), "pilots.minimum_cohort", "9.5");
    }

    @Test
    void aBudgetOfZeroOrAboveTenIsRejected() {
        rejects(withPilots("{ epsilon_budget: \"0\" }"), "pilots.epsilon_budget", "0", "0 answers nothing");
        rejects(withPilots("{ epsilon_budget: \"10.5\" }"), "pilots.epsilon_budget", "10.5", "above 10");
        rejects(withPilots("{ epsilon_budget: \"0.1234567\" }"), "pilots.epsilon_budget", "0.1234567", "at most 6 decimals");
        rejects(withPilots("{ epsilon_budget: lots }"), "pilots.epsilon_budget", "lots", "not a number");
    }

    @Test
    void aQuestionCannotSpendMoreThanTheBudget() {
        rejects(withPilots("{ epsilon_budget: \"1.0\", max_epsilon_per_question: \"1.5\" }"), "pilots.max_epsilon_per_question", "1.5",
                "more than the whole epsilon_budget");
    }

    @Test
    void aMisspeltParameterIsRejected() {
        rejects(withPilots("{ minimum_cohorts: 12 }"), "pilots.minimum_cohorts", "unknown field (did you mean minimum_cohort?)");
    }
}
