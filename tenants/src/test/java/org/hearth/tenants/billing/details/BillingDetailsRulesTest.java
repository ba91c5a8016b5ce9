package org.hearth.tenants.billing.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.hearth.tenants.billing.pricing.VatRates;
import org.junit.jupiter.api.Test;

class BillingDetailsRulesTest {

    private static final VatRates RATES = new VatRates("FR", Map.of("FR", new BigDecimal("20"), "DE", new BigDecimal("19")));

    private static BillingDetailsRules.Entered entered(String country, String vat) {
        return new BillingDetailsRules.Entered(" Muster GmbH ", "Hauptstraße 1", "", "10115", "Berlin", country, vat, "Rechnung@Muster.example");
    }

    @Test
    void aGermanVatNumberIsNormalisedAndKept() {
        var checked = BillingDetailsRules.check(entered("DE", "de 123.456-789"), RATES);
        assertThat(checked.errors()).isEmpty();
        BillingDetails details = checked.details().orElseThrow();
        assertThat(details.vatNumber()).hasValue("DE123456789");
        assertThat(details.legalName()).isEqualTo("Muster GmbH");
        assertThat(details.address().line2()).isEmpty();
        assertThat(details.billingEmail()).isEqualTo("rechnung@muster.example");
    }

    @Test
    void aVatNumberOfTheWrongShapeIsRefusedOnItsField() {
        var checked = BillingDetailsRules.check(entered("DE", "DE12345678"), RATES);
        assertThat(checked.details()).isEmpty();
        assertThat(checked.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("vatNumber");
            assertThat(e.key()).isEqualTo("con.details.error.vatShape");
            assertThat(e.args()).containsExactly("DE123456789");
        });
    }

    @Test
    void aVatNumberOfAnotherCountryIsRefused() {
        var checked = BillingDetailsRules.check(entered("DE", "FR40303265045"), RATES);
        assertThat(checked.errors()).extracting(BillingDetailsRules.FieldError::key).containsExactly("con.details.error.vatPrefix");
    }

    @Test
    void greekNumbersStartWithElNotGr() {
        VatRates withGreece = new VatRates("FR", Map.of("FR", new BigDecimal("20"), "GR", new BigDecimal("24")));
        assertThat(BillingDetailsRules.check(entered("GR", "EL123456789"), withGreece).errors()).isEmpty();
        assertThat(BillingDetailsRules.check(entered("GR", "GR123456789"), withGreece).errors()).extracting(BillingDetailsRules.FieldError::args)
                .containsExactly(java.util.List.of("EL", "EL123456789"));
    }

    @Test
    void frenchNumbersHaveTwoCheckCharactersThenTheSiren() {
        assertThat(VatNumbers.check("FR", "FR40303265045")).isEmpty();
        assertThat(VatNumbers.check("FR", "FRAB303265045")).isEmpty();
        assertThat(VatNumbers.check("FR", "FRIO303265045")).hasValue(VatNumbers.Problem.SHAPE);
        assertThat(VatNumbers.check("FR", "FR4030326504")).hasValue(VatNumbers.Problem.SHAPE);
        assertThat(VatNumbers.check("NL", "NL123456789B01")).isEmpty();
        assertThat(VatNumbers.check("AT", "AT12345678")).hasValue(VatNumbers.Problem.SHAPE);
    }

    @Test
    void everyMissingFieldIsNamedAndNothingIsMade() {
        var checked = BillingDetailsRules.check(new BillingDetailsRules.Entered(null, " ", null, null, "", null, null, "not-an-email"), RATES);
        assertThat(checked.details()).isEmpty();
        assertThat(checked.errors()).extracting(BillingDetailsRules.FieldError::field)
                .containsExactly("legalName", "address.line1", "address.postcode", "address.city", "address.country", "billingEmail");
    }

    @Test
    void anEuCountryWithoutAConfiguredRateNeedsAVatNumber() {
        assertThat(BillingDetailsRules.check(entered("AT", null), RATES).errors()).extracting(BillingDetailsRules.FieldError::field, BillingDetailsRules.FieldError::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("address.country", "con.details.error.noVatRate"));
        assertThat(BillingDetailsRules.check(entered("AT", "ATU12345678"), RATES).errors()).isEmpty();
        assertThat(BillingDetailsRules.check(entered("CH", null), RATES).errors()).as("outside the EU no rate is needed").isEmpty();
        assertThat(BillingDetailsRules.check(entered("CH", "CHE-123.456.789"), RATES).details().flatMap(BillingDetails::vatNumber))
                .isEqualTo(Optional.of("CHE123456789"));
    }
}
