package org.hearth.governance.scic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.hearth.governance.SampleCharters;
import org.hearth.governance.charter.ScicReserves;
import org.hearth.kernel.error.ErrorCode;
import org.junit.jupiter.api.Test;

class ShareInterestCapTest {

    private static final ScicReserves RATES = SampleCharters.frScic().scic().orElseThrow();
    private static final LocalDate MEETING = LocalDate.of(2025, 6, 14);
    // Figures chosen for the test, not the published TMO. The meeting year's own value must be ignored.
    private static final Map<Year, BigDecimal> TMO = Map.of(
            Year.of(2021), new BigDecimal("0.0900"),
            Year.of(2022), new BigDecimal("0.0120"),
            Year.of(2023), new BigDecimal("0.0350"),
            Year.of(2024), new BigDecimal("0.0340"),
            Year.of(2025), new BigDecimal("0.0900"));

    private static BigDecimal rate(String value) {
        return new BigDecimal(value);
    }

    @Test
    void capIsTheAverageOfTheThreeYearsBeforeTheMeetingPlusTwoPoints() {
        ShareInterestLimit limit = ShareInterestCap.forMeeting(RATES, TMO, MEETING);

        assertThat(limit.tmoUsed().keySet()).containsExactly(Year.of(2022), Year.of(2023), Year.of(2024));
        assertThat(limit.averageTmo()).isEqualByComparingTo("0.027");
        assertThat(limit.cap()).isEqualByComparingTo("0.047");
    }

    @Test
    void rateAtTheCapIsAllowedAndAboveIsRefused() {
        ShareInterestDecision atCap = ShareInterestCap.check(RATES, TMO, MEETING, rate("0.047"));
        ShareInterestDecision above = ShareInterestCap.check(RATES, TMO, MEETING, rate("0.0471"));

        assertThat(atCap.allowed()).isTrue();
        assertThat(above.allowed()).isFalse();
        assertThat(above.explanation()).isEqualTo("4.71% proposed is above the cap of 4.7%: average TMO of 2022 (1.2%),"
                + " 2023 (3.5%), 2024 (3.4%) plus 2% (art. 14 of loi 47-1775)");
    }

    @Test
    void averageOfAThirdIsComparedExactly() {
        Map<Year, BigDecimal> tmo = Map.of(Year.of(2022), rate("0.01"), Year.of(2023), rate("0.01"), Year.of(2024), rate("0.02"));
        ShareInterestLimit limit = ShareInterestCap.forMeeting(RATES, tmo, MEETING);

        // The cap is 0.02 + 0.04/3 = 0.0333…: 0.0333 is below it, 0.03333…34 above.
        assertThat(limit.allows(rate("0.0333"))).isTrue();
        assertThat(limit.allows(rate("0.0333333333333333333333333333333333334"))).isFalse();
        assertThat(limit.cap()).isEqualByComparingTo("0.03333333333333333333333333333333333");
    }

    @Test
    void missingYearIsNamed() {
        Map<Year, BigDecimal> tmo = Map.of(Year.of(2022), rate("0.012"), Year.of(2024), rate("0.034"));

        assertThatThrownBy(() -> ShareInterestCap.check(RATES, tmo, MEETING, rate("0.01")))
                .isInstanceOfSatisfying(MissingTmoException.class, e -> {
                    assertThat(e.missingYears()).containsExactly(Year.of(2023));
                    assertThat(e.meetingYear()).isEqualTo(Year.of(2025));
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.extensions()).containsEntry("missingYears", List.of(2023));
                })
                .hasMessageStartingWith("no TMO is recorded for 2023; the cap on interest on shares for a general"
                        + " meeting in 2025 averages");
    }
}
