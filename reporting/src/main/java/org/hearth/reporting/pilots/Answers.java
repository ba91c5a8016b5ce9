package org.hearth.reporting.pilots;

import java.math.BigDecimal;
import java.util.List;
import org.hearth.reporting.pilots.privacy.Answer;
import org.hearth.reporting.pilots.privacy.Bins;
import org.hearth.reporting.pilots.privacy.Mechanism;
import org.hearth.reporting.pilots.privacy.NoisyCount;
import org.hearth.reporting.pilots.privacy.NoisyHistogram;
import org.hearth.reporting.pilots.privacy.NoisyMean;
import org.hearth.reporting.pilots.privacy.NoisySum;
import org.hearth.reporting.pilots.privacy.NoisyTotal;

/**
 * Asks the mechanism for a question's noisy answer over its tally, and turns it into what is
 * published. Numeric values are clamped into the declared bounds by the mechanism itself, so one
 * participant moves a sum by at most max(|lower|, |upper|), the sensitivity the noise hides.
 */
final class Answers {

    /** A question's noisy answer and the sensitivity its noise was calibrated to (a mean's: its sum's). */
    record Computed(Answer answer, BigDecimal sensitivity, Published published) {

        /**
         * Whether the answer may be published: its noisy count of participants reaches the minimum
         * cohort. Deciding on the true count would make the refusal itself an exact answer (one
         * participant more or less flips it), outside the ε the question spent.
         */
        boolean reaches(int minimumCohort) {
            return answer.participants() >= minimumCohort;
        }
    }

    private Answers() {
    }

    @SuppressWarnings("unchecked")
    static Computed compute(Mechanism mechanism, CheckedQuestion q, Tally tally) {
        return switch (q.kind()) {
            case COUNT -> count(mechanism.count(tally.size(), q.epsilon()));
            case SUM -> {
                NoisyTotal total = mechanism.total(tally.numbers(), q.target().bounds(), q.epsilon());
                NoisySum sum = total.sum();
                yield new Computed(total, sum.sensitivity(), new Published(sum.value(), sum.value().subtract(sum.halfWidth95()),
                        sum.value().add(sum.halfWidth95()), sum.halfWidth95(), List.of()));
            }
            case MEAN -> {
                NoisyMean mean = mechanism.mean(tally.numbers(), q.target().bounds(), q.epsilon());
                yield new Computed(mean, mean.sum().sensitivity(), new Published(mean.value(), mean.low95(), mean.high95(), mean.halfWidth95(), List.of()));
            }
            case HISTOGRAM -> {
                Bins<?> bins = q.target().bins().orElseThrow();
                NoisyHistogram h = q.target().numeric()
                        ? mechanism.histogram((Bins<BigDecimal>) bins, tally.numbers(), q.epsilon())
                        : mechanism.histogram((Bins<String>) bins, tally.categories(), q.epsilon());
                yield new Computed(h, h.sensitivity(), new Published(null, null, null, BigDecimal.valueOf(h.halfWidth95()),
                        h.bins().stream().map(b -> new Published.Bin(b.label(), b.count())).toList()));
            }
        };
    }

    private static Computed count(NoisyCount c) {
        BigDecimal value = BigDecimal.valueOf(c.value());
        BigDecimal half = BigDecimal.valueOf(c.halfWidth95());
        // The true count is never below 0, so neither is the interval.
        return new Computed(c, c.sensitivity(), new Published(value, value.subtract(half).max(BigDecimal.ZERO), value.add(half), half, List.of()));
    }
}
