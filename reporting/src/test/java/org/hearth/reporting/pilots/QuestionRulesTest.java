package org.hearth.reporting.pilots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.governance.charter.PilotParameters;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.junit.jupiter.api.Test;

/** What a question may ask of its pilot, checked before any ε is spent; each refusal names the member at fault. */
class QuestionRulesTest {

    static final String SCHEMA = "hearth:health-summary/v1";
    static final String FIELDS = "[{\"schema\":\"" + SCHEMA + "\",\"field\":\"age\",\"kind\":\"numeric\",\"lower\":0,\"upper\":120,\"decimals\":0,"
            + "\"bins\":[0,40,80,120]},{\"schema\":\"" + SCHEMA + "\",\"field\":\"steps\",\"kind\":\"numeric\",\"lower\":0,\"upper\":100,\"decimals\":1},"
            + "{\"schema\":\"" + SCHEMA + "\",\"field\":\"smoker\",\"kind\":\"categorical\",\"categories\":[\"yes\",\"no\"]},"
            + "{\"schema\":\"hearth:other/v1\",\"field\":\"region\",\"kind\":\"categorical\",\"categories\":[\"north\",\"south\"]},"
            + "{\"schema\":\"" + SCHEMA + "\",\"field\":\"broken\",\"kind\":\"numeric\",\"lower\":5,\"upper\":1}]";

    static Pilot pilot(String fields) {
        return new Pilot(UUID.randomUUID(), UUID.randomUUID(), "Ministry", "Activity", "approved", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                UUID.randomUUID(), List.of("dpv-pd:HealthRecord"), PilotFieldsJson.parse(fields), 100, new BigDecimal("1000.00"), "EUR", null, null);
    }

    private static final Pilot PILOT = pilot(FIELDS);

    private static CheckedQuestion check(String kind, String field, Map<String, String> filters, String epsilon) {
        return QuestionRules.check(PILOT, new Question(kind, field, filters, epsilon == null ? null : new BigDecimal(epsilon)), PilotParameters.DEFAULTS);
    }

    private static void refused(String member, String kind, String field, Map<String, String> filters, String epsilon) {
        assertThatThrownBy(() -> check(kind, field, filters, epsilon)).isInstanceOfSatisfying(HearthException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.PILOT_INVALID);
            assertThat(e.extensions()).containsEntry("field", member);
        });
    }

    @Test
    void aFieldThatCannotBeReadIsNotDeclared() {
        assertThat(PILOT.fields()).extracting(PilotField::field).containsExactly("age", "steps", "smoker", "region");
        refused("field", "sum", "broken", Map.of(), "0.1");
    }

    @Test
    void aCountOfEveryoneIsAboutThePilotsOnlySchemaOrNeedsAField() {
        Pilot one = pilot("[{\"schema\":\"" + SCHEMA + "\",\"field\":\"age\",\"kind\":\"numeric\",\"lower\":0,\"upper\":120,\"decimals\":0}]");
        CheckedQuestion q = QuestionRules.check(one, new Question("count", null, Map.of(), new BigDecimal("0.1")), PilotParameters.DEFAULTS);
        assertThat(q.schema()).isEqualTo(SCHEMA);
        assertThat(q.field()).isNull();
        refused("field", "count", null, Map.of(), "0.1");
        assertThat(check("count", "smoker", Map.of(), "0.1").schema()).isEqualTo(SCHEMA);
    }

    @Test
    void sumsAndMeansAreOverNumericFields() {
        assertThat(check("mean", "steps", Map.of("smoker", "no"), "0.25").target().bounds().upper()).isEqualByComparingTo("100");
        refused("field", "sum", "smoker", Map.of(), "0.1");
        refused("field", "mean", null, Map.of(), "0.1");
        refused("field", "sum", "weight", Map.of(), "0.1");
    }

    @Test
    void aHistogramNeedsDeclaredBins() {
        assertThat(check("histogram", "age", Map.of(), "0.1").target().bins()).isPresent();
        assertThat(check("histogram", "smoker", Map.of(), "0.1").target().bins()).isPresent();
        refused("field", "histogram", "steps", Map.of(), "0.1");
    }

    @Test
    void filtersAreOnCategoricalFieldsOfTheSameSchemaWithADeclaredCategory() {
        refused("filters", "count", "age", Map.of("age", "40"), "0.1");
        refused("filters", "count", "age", Map.of("smoker", "sometimes"), "0.1");
        refused("filters", "count", "age", Map.of("region", "north"), "0.1");
        refused("filters", "count", "age", Map.of("unknown", "x"), "0.1");
    }

    @Test
    void epsilonIsPositiveWithinTheChartersLimitPerQuestion() {
        assertThat(check("count", "age", Map.of(), "0.5").epsilon().toBigDecimal()).isEqualByComparingTo("0.5");
        refused("epsilon", "count", "age", Map.of(), "0.5000001");
        refused("epsilon", "count", "age", Map.of(), "0.51");
        refused("epsilon", "count", "age", Map.of(), "0");
        refused("epsilon", "count", "age", Map.of(), "-0.1");
        refused("epsilon", "count", "age", Map.of(), null);
    }

    @Test
    void theKindIsOneOfFour() {
        refused("kind", "median", "age", Map.of(), "0.1");
        refused("kind", null, "age", Map.of(), "0.1");
    }

    @Test
    void aPilotRunsOnlyWhenApprovedAndBetweenItsDates() {
        assertThat(PILOT.running(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(PILOT.running(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(PILOT.running(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(PILOT.running(LocalDate.of(2027, 1, 1))).isFalse();
    }
}
