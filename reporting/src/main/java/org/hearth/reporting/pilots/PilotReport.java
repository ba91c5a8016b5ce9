package org.hearth.reporting.pilots;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A pilot's report, at any time and at its end: the questions asked with their noisy answers and
 * error bars, the privacy spent and left, and the funding received.
 *
 * @param cohortSize the latest answered count of everyone (a count question without filters):
 *     the report spends no ε of its own to measure the cohort, so without one it is not measured
 * @param total the pilot's ε budget (the charter's, until the first question fixes it)
 */
public record PilotReport(Pilot pilot, Optional<AskedQuestion> cohortSize, List<AskedQuestion> questions, BigDecimal total, BigDecimal spent,
                          int minimumCohort) {

    public PilotReport {
        questions = List.copyOf(questions);
    }

    public BigDecimal remaining() {
        return total.subtract(spent);
    }

    static Optional<AskedQuestion> cohortSize(List<AskedQuestion> questions) {
        return questions.stream().filter(q -> q.answered() && q.kind() == QuestionKind.COUNT && q.filters().isEmpty() && q.field() == null)
                .reduce((first, second) -> second);
    }
}
