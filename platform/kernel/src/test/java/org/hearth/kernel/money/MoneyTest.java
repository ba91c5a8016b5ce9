package org.hearth.kernel.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsAreHeldAtTheMinorUnitAndCompareByValue() {
        assertEquals(Money.of("12.5", "GBP"), Money.of("12.50", "GBP"));
        assertEquals("GBP 12.50", Money.of("12.5", "GBP").toString());
        assertEquals("JPY 300", Money.of("300", "JPY").toString());
    }

    @Test
    void moreDecimalsThanTheCurrencyHasIsRefusedRatherThanRounded() {
        assertThrows(IllegalArgumentException.class, () -> Money.of("0.001", "EUR"));
    }

    @Test
    void amountsReadFromTextHaveAtMostFifteenWholeDigitsSoTheLedgerCanHoldTheirSums() {
        assertEquals("GBP 999999999999999.99", Money.of("999999999999999.99", "GBP").toString());
        assertThrows(IllegalArgumentException.class, () -> Money.of("1000000000000000", "GBP"));
        assertThrows(IllegalArgumentException.class, () -> Money.of("123456789012345678901234567890123456789.00", "GBP"));
        assertThrows(IllegalArgumentException.class, () -> Money.of("1e999999999", "GBP"), "refused before it is scaled, not after");
        assertThrows(IllegalArgumentException.class, () -> Money.of("1e-999999999", "GBP"));
    }

    @Test
    void currenciesDoNotMix() {
        assertThrows(IllegalArgumentException.class, () -> Money.of("1", "EUR").plus(Money.of("1", "GBP")));
        assertThrows(IllegalArgumentException.class, () -> Money.of("1", "EUR").compareTo(Money.of("1", "GBP")));
    }

    @Test
    void onlyMultiplicationRoundsAndItSaysHow() {
        Money profit = Money.of("1000.01", "GBP");
        assertEquals(Money.of("350.00", "GBP"), profit.times(new BigDecimal("0.35"), RoundingMode.DOWN));
        assertEquals(Money.of("350.01", "GBP"), profit.times(new BigDecimal("0.35"), RoundingMode.UP));
        assertEquals(Money.of("-0.01", "GBP"), Money.of("0.99", "GBP").minus(Money.of("1", "GBP")));
    }
}
