package org.hearth.governance.scic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Currency;
import org.hearth.kernel.money.Money;
import org.junit.jupiter.api.Test;

class ShareCapitalHistoryTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @Test
    void capitalThatNeverMovedIsZeroWithAZeroMark() {
        ShareCapitalHistory none = ShareCapitalHistory.none(EUR);

        assertThat(none.current()).isEqualTo(eur("0.00"));
        assertThat(none.highWaterMark()).isEqualTo(eur("0.00"));
    }

    @Test
    void markIsTheHighestBalanceEverReachedNotTheLatest() {
        ShareCapitalHistory history = ShareCapitalHistory.none(EUR)
                .with(LocalDate.of(2024, 1, 15), eur("10000.00"))
                .with(LocalDate.of(2024, 3, 1), eur("5000.00"))
                .with(LocalDate.of(2025, 2, 1), eur("-8000.00"))
                .with(LocalDate.of(2025, 6, 1), eur("2000.00"));

        assertThat(history.current()).isEqualTo(eur("9000.00"));
        assertThat(history.highWaterMark()).isEqualTo(eur("15000.00"));
    }

    @Test
    void movementsOfOneDayAreNettedBeforeTheMarkIsRead() {
        // A subscription booked in error and reversed the same day never stood at the end of a day.
        ShareCapitalHistory history = ShareCapitalHistory.none(EUR)
                .with(LocalDate.of(2024, 1, 15), eur("10000.00"))
                .with(LocalDate.of(2024, 2, 1), eur("90000.00"))
                .with(LocalDate.of(2024, 2, 1), eur("-90000.00"));

        assertThat(history.highWaterMark()).isEqualTo(eur("10000.00"));
        assertThat(history.dailyMovements()).hasSize(2);
    }

    @Test
    void movementsInAnotherCurrencyAreRefused() {
        assertThatThrownBy(() -> ShareCapitalHistory.none(EUR).with(LocalDate.of(2024, 1, 15), Money.of("1.00", "GBP")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
