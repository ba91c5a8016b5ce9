package org.hearth.reporting.pilots.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PrivacyBudgetTest {

    @Test
    void tenAnswersOfATenthSpendABudgetOfOneExactly() {
        PrivacyBudget budget = PrivacyBudget.of(Epsilon.of("1"));
        for (int i = 0; i < 10; i++) {
            budget = budget.spend(Epsilon.of("0.1"));
        }

        assertThat(budget.remaining()).isZero();
        assertThat(budget.spent()).isEqualByComparingTo("1");
        assertThat(budget.allows(Epsilon.of("0.000001"))).isFalse();
    }

    @Test
    void anAnswerThatDoesNotFitIsRefusedAndSpendsNothing() {
        PrivacyBudget budget = PrivacyBudget.of(Epsilon.of("1")).spend(Epsilon.of("0.75"));

        assertThatThrownBy(() -> budget.spend(Epsilon.of("0.5")))
                .isInstanceOfSatisfying(PrivacyBudgetExceeded.class, e -> assertThat(e.remaining()).isEqualByComparingTo("0.25"));
        assertThat(budget.remaining()).isEqualByComparingTo("0.25");
        assertThat(budget.spend(Epsilon.of("0.25")).remaining()).isZero();
    }

    @Test
    void aMeansTwoHalvesSpendItsWholeEpsilon() {
        Epsilon epsilon = Epsilon.of("0.333333");
        PrivacyBudget budget = PrivacyBudget.of(epsilon).spend(epsilon.half()).spend(epsilon.half());

        assertThat(budget.remaining()).isZero();
    }
}
