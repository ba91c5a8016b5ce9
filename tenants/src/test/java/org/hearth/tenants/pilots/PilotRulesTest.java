package org.hearth.tenants.pilots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.junit.jupiter.api.Test;

class PilotRulesTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-02");

    private static PilotField hours(String lower, String upper, Integer decimals, String... bins) {
        return new PilotField("hearth:sleep/v1", "hours", PilotField.Kind.NUMERIC, lower == null ? null : new BigDecimal(lower),
                upper == null ? null : new BigDecimal(upper), decimals, List.of(bins).stream().map(BigDecimal::new).toList(), List.of());
    }

    private static NewPilot pilot(List<PilotField> fields) {
        return pilot(fields, LocalDate.parse("2027-01-01"), LocalDate.parse("2027-06-30"), "1000.00", "EUR");
    }

    private static NewPilot pilot(List<PilotField> fields, LocalDate starts, LocalDate ends, String amount, String currency) {
        return new NewPilot("Sleep", "dpv:ScientificResearch", "How we sleep.", List.of("dpv-pd:HealthRecord"), fields, 100, starts, ends,
                new BigDecimal(amount), currency, "https://health.example/privacy");
    }

    private static String refusedField(NewPilot p) {
        HearthException e = catchThrowableOfType(HearthException.class, () -> PilotRules.check(p, TODAY));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.PILOT_INVALID);
        return (String) e.extensions().get("field");
    }

    @Test
    void aNumericFieldWithBinsFromLowerToUpperAndACategoricalFieldAreAccepted() {
        assertThatCode(() -> PilotRules.check(pilot(List.of(hours("0", "14", 1, "0", "6", "8", "14"),
                PilotField.categorical("hearth:sleep/v1", "region", List.of("north", "south")))), TODAY)).doesNotThrowAnyException();
    }

    @Test
    void boundsMustBeOrderedAndDecimalsBetweenZeroAndSix() {
        assertThat(refusedField(pilot(List.of(hours("5", "5", 0))))).isEqualTo("fields[0].upper");
        assertThat(refusedField(pilot(List.of(hours(null, "5", 0))))).isEqualTo("fields[0].lower");
        assertThat(refusedField(pilot(List.of(hours("0", "5", 7))))).isEqualTo("fields[0].decimals");
        assertThat(refusedField(pilot(List.of(hours("0", "5", -1))))).isEqualTo("fields[0].decimals");
        assertThatCode(() -> PilotRules.check(pilot(List.of(hours("0", "5", 6))), TODAY)).doesNotThrowAnyException();
    }

    @Test
    void binsAscendStrictlyFromLowerToUpper() {
        assertThat(refusedField(pilot(List.of(hours("0", "10", 0, "0", "5", "5", "10"))))).isEqualTo("fields[0].bins");
        assertThat(refusedField(pilot(List.of(hours("0", "10", 0, "1", "10"))))).isEqualTo("fields[0].bins");
        assertThat(refusedField(pilot(List.of(hours("0", "10", 0, "0", "9"))))).isEqualTo("fields[0].bins");
        assertThat(refusedField(pilot(List.of(hours("0", "10", 0, "0"))))).isEqualTo("fields[0].bins");
    }

    @Test
    void categoriesAreNonEmptyAndDistinctAndTheKindIsKnown() {
        assertThat(refusedField(pilot(List.of(PilotField.categorical("s", "a", List.of()))))).isEqualTo("fields[0].categories");
        assertThat(refusedField(pilot(List.of(PilotField.categorical("s", "a", List.of("x", "x")))))).isEqualTo("fields[0].categories");
        assertThat(refusedField(pilot(List.of(new PilotField("s", "a", null, null, null, null, List.of(), List.of()))))).isEqualTo("fields[0].kind");
        assertThat(refusedField(pilot(List.of(hours("0", "1", 0), hours("0", "2", 0))))).as("one field twice").isEqualTo("fields[1].field");
        assertThat(refusedField(pilot(List.of()))).isEqualTo("fields");
        assertThat(refusedField(pilot(List.of(PilotField.categorical("s", "a", List.of("x")), PilotField.categorical("t", "a", List.of("y"))))))
                .as("a question names its field alone: one name, one field, across schemas").isEqualTo("fields[1].field");
    }

    @Test
    void boundsStayWhereASumCannotOverflow() {
        assertThatCode(() -> PilotRules.check(pilot(List.of(hours("0", "100000000000", 0))), TODAY)).as("10^11 units is the most")
                .doesNotThrowAnyException();
        assertThat(refusedField(pilot(List.of(hours("0", "100000000001", 0))))).isEqualTo("fields[0].upper");
        assertThat(refusedField(pilot(List.of(hours("-1000000", "1", 6))))).as("10^6 at 6 decimals is 10^12 units").isEqualTo("fields[0].upper");
    }

    @Test
    void datesFollowEachOtherAreNotPastAndFundingIsAnAmountInACurrency() {
        List<PilotField> ok = List.of(hours("0", "1", 0));
        assertThat(refusedField(pilot(ok, LocalDate.parse("2027-01-01"), LocalDate.parse("2027-01-01"), "0", "EUR"))).isEqualTo("endsOn");
        assertThat(refusedField(pilot(ok, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-01"), "0", "EUR"))).isEqualTo("endsOn");
        assertThat(refusedField(pilot(ok, LocalDate.parse("2027-01-01"), LocalDate.parse("2037-01-01"), "0", "EUR"))).isEqualTo("endsOn");
        assertThat(refusedField(pilot(ok, LocalDate.parse("2027-01-01"), LocalDate.parse("2027-02-01"), "-1", "EUR"))).isEqualTo("funding.amount");
        assertThat(refusedField(pilot(ok, LocalDate.parse("2027-01-01"), LocalDate.parse("2027-02-01"), "1.001", "EUR"))).isEqualTo("funding.amount");
        assertThat(refusedField(pilot(ok, LocalDate.parse("2027-01-01"), LocalDate.parse("2027-02-01"), "1", "euro"))).isEqualTo("funding.currency");
        assertThatCode(() -> PilotRules.check(pilot(ok, LocalDate.parse("2026-11-01"), TODAY, "0", "GBP"), TODAY))
                .as("a pilot whose last day is today may still be proposed").doesNotThrowAnyException();
    }
}
