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
        assertThat(french.dateTime(Instant.parse("2026-12-01T09:05:00Z"))).as("Paris time for French").isEqualTo("1 déc. 2026 10:05");
        assertThat(english.dateTime(Instant.parse("2026-07-01T09:05:00Z"))).as("UK summer time for English").isEqualTo("1 Jul 2026 10:05");
        assertThat(Formats.of("en", java.time.ZoneOffset.UTC).dateTime(Instant.parse("2026-07-01T09:05:00Z"))).isEqualTo("1 Jul 2026 09:05 UTC");
        assertThat(Formats.of("fr", java.time.ZoneId.of("Pacific/Noumea")).date(Instant.parse("2026-12-01T20:00:00Z")))
                .as("the date is the zone's").isEqualTo("2 déc. 2026");
    }

    @Test
    void numbersGroupThousandsTheLocalWay() {
        assertThat(english.number(1234567)).isEqualTo("1,234,567");
        assertThat(french.number(1234567)).isEqualTo("1\u00a0234\u00a0567");
        assertThat(french.number(new BigDecimal("0.35"))).isEqualTo("0,35");
    }
}
