package org.hearth.governance.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CharterParserTest {

    // Tests run in the governance module directory, one level below the repository root.
    private static final Path REPOSITORY_CHARTER = Path.of("../CHARTER.md");

    @Test
    void repositoryCharterParsesAsUkCicInPounds() {
        Charter charter = CharterParser.read(REPOSITORY_CHARTER);

        assertEquals(LegalProfile.UK_CIC, charter.legalProfile());
        assertEquals("Hearth Community Interest Company", charter.companyName());
        assertEquals(Currency.getInstance("GBP"), charter.currency());
        assertEquals(MonthDay.of(4, 1), charter.financialYearStart());
        assertEquals(Optional.empty(), charter.scic());
        assertEquals(new BigDecimal("100"), charter.colleges().stream().map(College::weight).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void repositoryCharterCapsDividendsAt35PercentAndDatesInterestCaps() {
        Charter charter = CharterParser.read(REPOSITORY_CHARTER);

        assertEquals(Optional.of(new BigDecimal("0.35")), charter.dividendCapForYearContaining(LocalDate.of(2025, 6, 30)));
        assertEquals(Optional.of(new BigDecimal("0.10")), charter.performanceInterestCapFor(LocalDate.of(2014, 9, 30)));
        assertEquals(Optional.of(new BigDecimal("0.20")), charter.performanceInterestCapFor(LocalDate.of(2014, 10, 1)));
    }

    @Test
    void repositoryCharterPassesSpecialResolutionsAtExactlyThreeQuarters() {
        Charter charter = CharterParser.read(REPOSITORY_CHARTER);

        assertTrue(charter.specialResolution().carries(new BigDecimal("75"), new BigDecimal("100")));
        assertFalse(charter.ordinaryResolution().carries(new BigDecimal("50"), new BigDecimal("100")));
    }

    @Test
    void frScicSampleParsesWithReservesAndNoDividendCap() {
        Charter charter = CharterParser.parse(Samples.frScic());

        assertEquals(LegalProfile.FR_SCIC, charter.legalProfile());
        assertEquals(Currency.getInstance("EUR"), charter.currency());
        assertEquals(MonthDay.of(1, 1), charter.financialYearStart());
        ScicReserves reserves = charter.scic().orElseThrow();
        assertEquals(new BigDecimal("0.15"), reserves.legalReserveRate());
        assertEquals(new BigDecimal("0.50"), reserves.statutoryReserveRate());
        assertEquals(new BigDecimal("0.02"), reserves.shareInterestMargin());
        assertEquals(0, new BigDecimal("0.575").compareTo(reserves.minimumReinvestedShare()));
        assertEquals(List.of(), charter.dividendCap());
        assertEquals(5, charter.colleges().size());
        assertEquals("Bénéficiaires", charter.college("beneficiaries").orElseThrow().name());
    }

    @Test
    void ukCicSampleKeepsEveryFieldItWasGiven() {
        Charter charter = CharterParser.parse(Samples.ukCic());

        assertEquals(List.of(new AssetLockedBody("Sample Digital Rights Trust", "Charity 1000001")), charter.assetLockedBodies());
        assertEquals(List.of(new DatedRate(LocalDate.of(2005, 7, 1), new BigDecimal("0.35"))), charter.dividendCap());
        assertEquals(new College("staff", "Staff", new BigDecimal("25")), charter.colleges().get(2));
        assertEquals(new ResolutionRule(new BigDecimal("0.50"), new BigDecimal("0.25")), charter.ordinaryResolution());
        assertEquals(ResolutionRule.Threshold.AT_LEAST, charter.specialResolution().threshold());
    }

    @Test
    void dividendCapOfAYearIsTheOneInForceOnItsFirstDay() {
        String markdown = Samples.replace(Samples.ukCic(), """
                  - from: "2005-07-01"
                    rate: "0.35"
                """, """
                  - from: "2005-07-01"
                    rate: "0.35"
                  - from: "2020-10-01"
                    rate: "0.30"
                """);
        Charter charter = CharterParser.parse(markdown);

        // 15 January 2021 falls in the year that began on 1 April 2020, before the change.
        assertEquals(LocalDate.of(2020, 4, 1), charter.firstDayOfFinancialYear(LocalDate.of(2021, 1, 15)));
        assertEquals(Optional.of(new BigDecimal("0.35")), charter.dividendCapForYearContaining(LocalDate.of(2021, 1, 15)));
        assertEquals(Optional.of(new BigDecimal("0.30")), charter.dividendCapForYearContaining(LocalDate.of(2021, 4, 1)));
    }

    @Test
    void capBeforeTheFirstDatedEntryIsUnknownRatherThanGuessed() {
        Charter charter = CharterParser.parse(Samples.ukCic());

        assertEquals(Optional.empty(), charter.performanceInterestCapFor(LocalDate.of(2010, 4, 5)));
    }

    @Test
    void readNamesTheFileInErrors(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ARTICLES.md");
        Files.writeString(file, Samples.replace(Samples.ukCic(), "currency: GBP", "currency: POUNDS"));

        CharterException e = assertThrows(CharterException.class, () -> CharterParser.read(file));

        assertEquals("ARTICLES.md", e.source());
        assertTrue(e.getMessage().startsWith("ARTICLES.md: currency = POUNDS: "), e::getMessage);
    }

    @Test
    void readOfAMissingFileIsAnIoProblemNotACharterError(@TempDir Path dir) {
        assertThrows(UncheckedIOException.class, () -> CharterParser.read(dir.resolve("absent.md")));
    }

    @Test
    void unquotedNumbersAndDatesAreReadExactly() {
        String markdown = Samples.replace(Samples.ukCic(), """
                    rate: "0.35"
                """, """
                    rate: 0.35
                """);
        markdown = Samples.replace(markdown, "from: \"2005-07-01\"", "from: 2005-07-01");

        Charter charter = CharterParser.parse(markdown);

        assertEquals(new DatedRate(LocalDate.of(2005, 7, 1), new BigDecimal("0.35")), charter.dividendCap().getFirst());
    }
}
