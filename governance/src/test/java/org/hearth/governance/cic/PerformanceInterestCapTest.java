package org.hearth.governance.cic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.hearth.governance.SampleCharters;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.cic.InterestDecision.Outcome;
import org.hearth.kernel.money.Money;
import org.junit.jupiter.api.Test;

class PerformanceInterestCapTest {

    private static final Charter CHARTER = SampleCharters.ukCic();
    private static final Money OUTSTANDING = gbp("50000.00");

    private static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }

    private static InterestDecision check(LocalDate agreement, String interest) {
        return PerformanceInterestCap.check(CHARTER, new PerformanceInterest(agreement, OUTSTANDING, gbp(interest)));
    }

    @Test
    void agreementMadeIn2012IsCappedAtTenPercent() {
        LocalDate agreement = LocalDate.of(2012, 6, 1);

        InterestDecision atCap = check(agreement, "5000.00");
        InterestDecision over = check(agreement, "5000.01");

        assertThat(atCap.rate()).contains(new BigDecimal("0.10"));
        assertThat(atCap.cap()).contains(gbp("5000.00"));
        assertThat(atCap.allowed()).isTrue();
        assertThat(over.outcome()).isEqualTo(Outcome.OVER_CAP);
        assertThat(over.explanation()).isEqualTo("interest of GBP 5000.01 exceeds the cap of GBP 5000.00: 10% (the cap"
                + " for agreements made on 2012-06-01) of the average GBP 50000.00 outstanding");
    }

    @Test
    void agreementMadeIn2015IsCappedAtTwentyPercent() {
        LocalDate agreement = LocalDate.of(2015, 3, 15);

        InterestDecision atCap = check(agreement, "10000.00");
        InterestDecision over = check(agreement, "10000.01");

        assertThat(atCap.rate()).contains(new BigDecimal("0.20"));
        assertThat(atCap.cap()).contains(gbp("10000.00"));
        assertThat(atCap.outcome()).isEqualTo(Outcome.WITHIN_CAP);
        assertThat(atCap.effectiveRate()).contains(new BigDecimal("0.2"));
        assertThat(over.allowed()).isFalse();
    }

    @Test
    void theDayOfTheChangeDecidesTheCapForTheLifeOfTheLoan() {
        assertThat(check(LocalDate.of(2014, 9, 30), "6000.00").outcome()).isEqualTo(Outcome.OVER_CAP);
        assertThat(check(LocalDate.of(2014, 10, 1), "6000.00").outcome()).isEqualTo(Outcome.WITHIN_CAP);
    }

    @Test
    void agreementBeforeTheScheduleIsNotDecided() {
        InterestDecision decision = check(LocalDate.of(2009, 12, 1), "1.00");

        assertThat(decision.outcome()).isEqualTo(Outcome.NO_CAP_FOR_AGREEMENT_DATE);
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.rate()).isEqualTo(Optional.empty());
        assertThat(decision.cap()).isEqualTo(Optional.empty());
        assertThat(decision.explanation()).isEqualTo("no performance-related interest cap is recorded for agreements"
                + " made on 2009-12-01; the charter's schedule starts 2010-04-06, and no cap is guessed for an earlier agreement");
    }

    @Test
    void capIsRoundedDownToThePenny() {
        // 20% of 333.33 is 66.666: rounding to the nearest penny would allow 66.67.
        InterestDecision decision = PerformanceInterestCap.check(CHARTER,
                new PerformanceInterest(LocalDate.of(2020, 1, 1), gbp("333.33"), gbp("66.67")));

        assertThat(decision.cap()).contains(gbp("66.66"));
        assertThat(decision.allowed()).isFalse();
    }

    @Test
    void interestWhenNothingWasOutstandingIsOverTheCap() {
        InterestDecision decision = PerformanceInterestCap.check(CHARTER,
                new PerformanceInterest(LocalDate.of(2020, 1, 1), gbp("0.00"), gbp("0.01")));

        assertThat(decision.cap()).contains(gbp("0.00"));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.effectiveRate()).isEqualTo(Optional.empty());
    }
}
