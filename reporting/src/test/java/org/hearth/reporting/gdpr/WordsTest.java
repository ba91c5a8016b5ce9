package org.hearth.reporting.gdpr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.hearth.datastore.OwnData;
import org.hearth.web.pages.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WordsTest {

    private final Words en = new Words(Messages.of("en"));
    private final Words fr = new Words(Messages.of("fr"));

    @Test
    @DisplayName("A known DPV purpose or basis reads as its sentence in each language; an unknown one as its name split into words, never the code")
    void dpvTermsInWords() {
        assertThat(en.purpose("dpv:ServiceProvision")).isEqualTo("Providing a service the individual asked for");
        assertThat(fr.purpose("dpv:ServiceProvision")).isEqualTo("Fournir un service demandé par la personne");
        assertThat(en.purpose("dpv:CustomerRelationshipManagement")).isEqualTo("customer relationship management");
        assertThat(en.basis("dpv:Consent")).isEqualTo("Consent (Article 6(1)(a))");
        assertThat(fr.basis("dpv:LegitimateInterest")).isEqualTo("Intérêts légitimes (article 6(1)(f))");
        assertThat(en.categories(List.of("dpv-pd:Utility", "dpv-pd:Contact"))).isEqualTo("Utilities and bills, Contact details");
    }

    @Test
    @DisplayName("Retention, countries and access-log entries read in words")
    void otherWords() {
        assertThat(en.retention(30)).isEqualTo("Up to 30 days after the agreement ends");
        assertThat(fr.retention(0)).isEqualTo("Non conservées après la fin de l'accord");
        assertThat(en.country("US")).isEqualTo("United States");
        assertThat(fr.country("DE")).isEqualTo("Allemagne");
        OwnData.Access read = new OwnData.Access(OffsetDateTime.now(), "tenant", "x", "read", List.of("dpv-pd:Utility"), "r");
        assertThat(en.action(read)).isEqualTo("Read · Utilities and bills");
        assertThat(fr.who(read, null)).isEqualTo("Une organisation");
        assertThat(en.who(read, "Northern Power")).isEqualTo("Northern Power");
        OwnData.Access purposeful = new OwnData.Access(OffsetDateTime.now(), "tenant", "x", "read", List.of(), "dpv:ServiceProvision");
        assertThat(fr.reason(purposeful)).isEqualTo("Fournir un service demandé par la personne");
        assertThat(en.reason(read)).isEqualTo("r");
    }

    @Test
    @DisplayName("A tenant outside the EU, the EEA and the UK is a transfer; one inside, or with no country, is not")
    void transfers() {
        assertThat(entry("US").transfer()).isTrue();
        assertThat(entry("GB").transfer()).isFalse();
        assertThat(entry("FR").transfer()).isFalse();
        assertThat(entry(null).transfer()).isFalse();
    }

    private static ProcessingRecord.ProcessorEntry entry(String country) {
        return new ProcessingRecord.ProcessorEntry(java.util.UUID.randomUUID(), "T", country, java.util.UUID.randomUUID(), "t", "dpv:Marketing",
                List.of(), List.of("read"), "dpv:Consent", 0, 30, true, 0);
    }
}
