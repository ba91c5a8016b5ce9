package org.hearth.reporting.pilots;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.datastore.PilotCohorts;
import org.hearth.governance.charter.PilotParameters;
import org.hearth.reporting.pilots.privacy.Mechanism;
import org.junit.jupiter.api.Test;

/** Who a question's answer is about: filters, usable values, one contribution each; and what the mechanism makes of it. */
class TallyTest {

    private static final Pilot PILOT = QuestionRulesTest.pilot(QuestionRulesTest.FIELDS);

    private static Tally tally(String kind, String field, Map<String, String> filters, String... records) {
        Tally tally = new Tally(QuestionRules.check(PILOT, new Question(kind, field, filters, new BigDecimal("0.5")), PilotParameters.DEFAULTS));
        for (String data : records) {
            Tally.Contribution c = tally.read(new PilotCohorts.Participant(UUID.randomUUID(), UUID.randomUUID(), data));
            if (c != null) {
                tally.accept(c);
            }
        }
        return tally;
    }

    @Test
    void onlyRecordsMatchingEveryFilterWithAUsableValueCount() {
        Tally t = tally("sum", "steps", Map.of("smoker", "no"),
                "{\"steps\":10,\"smoker\":\"no\"}", "{\"steps\":20.5,\"smoker\":\"no\",\"nested\":{\"smoker\":\"yes\"}}",
                "{\"steps\":30,\"smoker\":\"yes\"}", "{\"smoker\":\"no\"}", "{\"steps\":\"many\",\"smoker\":\"no\"}",
                "{\"steps\":40}", "not json", "[1,2]");
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.numbers()).containsExactly(new BigDecimal("10"), new BigDecimal("20.5"));
        assertThat(t.included()).hasSize(2);
    }

    @Test
    void aCategoryOutsideTheDeclaredOnesIsLeftOut() {
        Tally t = tally("histogram", "smoker", Map.of(), "{\"smoker\":\"no\"}", "{\"smoker\":\"sometimes\"}", "{\"smoker\":\"yes\"}");
        assertThat(t.categories()).containsExactly("no", "yes");
    }

    @Test
    void aCountOfEveryoneCountsEachParticipantOnce() {
        assertThat(tally("count", "smoker", Map.of(), "{}", "{\"smoker\":\"yes\"}").size()).isEqualTo(1);
    }

    @Test
    void recordValuesReadOnlyWhatIsWantedAtTheTopLevel() {
        assertThat(RecordValues.of("{\"a\":{\"b\":1},\"b\":2,\"c\":[3],\"d\":\"x\"}", java.util.Set.of("b", "c", "d")))
                .containsEntry("b", new BigDecimal("2")).containsEntry("d", "x").doesNotContainKey("c").doesNotContainKey("a");
    }

    @Test
    void aHugeValueMovesTheSumByAtMostTheUpperBound() {
        String[] records = new String[12];
        for (int i = 0; i < 11; i++) {
            records[i] = "{\"steps\":50}";
        }
        records[11] = "{\"steps\":1e12}";
        Tally t = tally("sum", "steps", Map.of(), records);
        Answers.Computed c = Answers.compute(Mechanism.secure(), QuestionRules.check(PILOT, new Question("sum", "steps", Map.of(),
                new BigDecimal("0.5")), PilotParameters.DEFAULTS), t);
        assertThat(c.sensitivity()).isEqualByComparingTo("100");
        // Exact clamped sum 11 × 50 + 100 = 650; noise beyond 20 half-widths has probability below 10^-25.
        BigDecimal half = c.published().halfWidth95();
        assertThat(c.published().value().subtract(new BigDecimal("650")).abs()).isLessThan(half.multiply(BigDecimal.valueOf(20)));
        assertThat(c.published().low95()).isEqualByComparingTo(c.published().value().subtract(half));
        assertThat(c.answer().mechanism()).isEqualTo("discrete_laplace");
    }

    @Test
    void aHistogramHasTheDeclaredBinsInOrder() {
        Tally t = tally("histogram", "age", Map.of(), "{\"age\":10}", "{\"age\":79}", "{\"age\":200}");
        Answers.Computed c = Answers.compute(Mechanism.secure(), QuestionRules.check(PILOT, new Question("histogram", "age", Map.of(),
                new BigDecimal("0.5")), PilotParameters.DEFAULTS), t);
        assertThat(c.published().bins()).extracting(Published.Bin::label).containsExactly("[0, 40)", "[40, 80)", "[80, 120]");
        assertThat(c.published().value()).isNull();
        assertThat(List.of(c.published().bins().get(0).value(), c.published().bins().get(1).value())).allMatch(v -> v >= 0);
    }
}
