package org.hearth.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcceptLanguageTest {

    private static final List<String> OFFERED = List.of("en", "fr");

    @Test
    void aRegionalFrenchRangeChoosesFrench() {
        assertThat(AcceptLanguage.choose("fr-CA", OFFERED)).contains("fr");
    }

    @Test
    void qualityOrdersTheRangesNotTheirPosition() {
        assertThat(AcceptLanguage.choose("en;q=0.4, de-DE, fr;q=0.9", OFFERED)).contains("fr");
        assertThat(AcceptLanguage.choose("fr;q=0.2,en-GB;q=0.8", OFFERED)).contains("en");
    }

    @Test
    void aLanguageTheBrowserDoesNotSpeakIsSkipped() {
        assertThat(AcceptLanguage.choose("de, es;q=0.9, fr;q=0.1", OFFERED)).contains("fr");
        assertThat(AcceptLanguage.choose("de, es", OFFERED)).isEmpty();
    }

    @Test
    void theWildcardTakesTheFirstOfferedLanguageNotRefused() {
        assertThat(AcceptLanguage.choose("*", OFFERED)).contains("en");
        assertThat(AcceptLanguage.choose("en;q=0, *;q=0.5", OFFERED)).contains("fr");
    }

    @Test
    void qualityZeroRefusesEvenARegionalRange() {
        assertThat(AcceptLanguage.choose("fr-FR;q=0, fr;q=0.9, en;q=0.1", OFFERED)).contains("en");
    }

    @Test
    void malformedRangesAreIgnoredNotFatal() {
        assertThat(AcceptLanguage.choose("fr;q=abc, en;q=2, 12, fr-BE;q=0.3", OFFERED)).contains("fr");
        assertThat(AcceptLanguage.choose("", OFFERED)).isEmpty();
        assertThat(AcceptLanguage.choose(null, OFFERED)).isEmpty();
    }
}
