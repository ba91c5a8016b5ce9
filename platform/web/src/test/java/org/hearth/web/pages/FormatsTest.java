package org.hearth.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hearth.kernel.money.Money;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private final Formats french = Formats.of("fr");
    private final Formats english = Formats.of("en");

    @Test
    void moneyIsWrittenTheWayEachLanguageWritesIt() {
        assertThat(french.money(Money.of("12.50", "EUR"))).isEqualTo("12,50\u00a0€");
        assertThat(english.money(Money.of("27900.50", "GBP"))).isEqualTo("£27,900.50");
        assertThat(french.money(Money.of("27900.5", "GBP"))).isEqualTo("27\u00a0900,50\u00a0£GB");
        assertThat(english.money(Money.of("12.5", "EUR"))).isEqualTo("€12.50");
    }

    @Test
    void datesUseTheLanguagesMonthNames() {
        assertThat(french.date(LocalDate.of(2026, 12, 1))).isEqualTo("1 déc. 2026");
        assertThat(english.date(LocalDate.of(2026, 12, 1))).isEqualTo("1 Dec 2026");
        assertThat(french.dateTime(Instant.parse("2026-12-01T09:05:00Z"))).isEqualTo("1 déc. 2026 09:05 UTC");
    }

    @Test
    void numbersGroupThousandsTheLocalWay() {
        assertThat(english.number(1234567)).isEqualTo("1,234,567");
        assertThat(french.number(1234567)).isEqualTo("1\u00a0234\u00a0567");
        assertThat(french.number(new BigDecimal("0.35"))).isEqualTo("0,35");
    }
}
