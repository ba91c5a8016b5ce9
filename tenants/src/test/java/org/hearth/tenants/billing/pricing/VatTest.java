package org.hearth.tenants.billing.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.tenants.billing.pricing.Pricing.JANUARY_FIRST;
import static org.hearth.tenants.billing.pricing.Pricing.NOVEMBER;
import static org.hearth.tenants.billing.pricing.Pricing.VAT;
import static org.hearth.tenants.billing.pricing.Pricing.eur;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** VAT on a month of the shipped standard plan with no usage: a 49.00 subscription. */
class VatTest {

    private static InvoiceDraft standardMonth(Customer customer) {
        return new Rater(PlanDocument.shipped(), VAT).rate(new RatingRequest(List.of(new PlanAssignment("standard", JANUARY_FIRST)),
                NOVEMBER, List.of(), List.of(), customer));
    }

    @Test
    void aFrenchCustomerPaysTheFrenchRate() {
        InvoiceDraft draft = standardMonth(Customer.business("FR", "FR40303265045"));
        assertThat(draft.subtotal()).isEqualTo(eur("49.00"));
        assertThat(draft.vat()).singleElement().satisfies(v -> {
            assertThat(v.treatment()).isEqualTo(VatTreatment.STANDARD);
            assertThat(v.ratePercent()).isEqualByComparingTo("20");
            assertThat(v.base()).isEqualTo(eur("49.00"));
            assertThat(v.vat()).isEqualTo(eur("9.80"));
        });
        assertThat(draft.total()).isEqualTo(eur("58.80"));
    }

    @Test
    void aGermanBusinessWithAVatNumberIsReverseCharged() {
        InvoiceDraft draft = standardMonth(Customer.business("DE", "DE136695976"));
        assertThat(draft.vat()).singleElement().satisfies(v -> {
            assertThat(v.treatment()).isEqualTo(VatTreatment.REVERSE_CHARGE);
            assertThat(v.ratePercent()).isEqualByComparingTo("0");
            assertThat(v.vat()).isEqualTo(eur("0.00"));
        });
        assertThat(VatTreatment.REVERSE_CHARGE.mentionKey()).isEqualTo("billing.vat.reverse_charge");
        assertThat(draft.total()).isEqualTo(eur("49.00"));
    }

    @Test
    void aGermanConsumerOrABusinessWithoutAVatNumberPaysTheGermanRate() {
        assertThat(standardMonth(Customer.consumer("DE")).vatTotal()).isEqualTo(eur("9.31"));
        assertThat(standardMonth(Customer.business("DE", null)).vatTotal()).isEqualTo(eur("9.31"));
        assertThat(standardMonth(Customer.business("DE", "  ")).vat().getFirst().treatment()).isEqualTo(VatTreatment.STANDARD);
    }

    @Test
    void aUkCustomerIsOutOfScope() {
        InvoiceDraft draft = standardMonth(Customer.business("GB", "GB980780684"));
        assertThat(draft.vat()).singleElement().satisfies(v -> {
            assertThat(v.treatment()).isEqualTo(VatTreatment.OUT_OF_SCOPE);
            assertThat(v.vat()).isEqualTo(eur("0.00"));
        });
        assertThat(VatTreatment.OUT_OF_SCOPE.mentionKey()).isEqualTo("billing.vat.out_of_scope");
        assertThat(draft.total()).isEqualTo(eur("49.00"));
    }

    @Test
    void vatIsRoundedHalfUpOnTheSumOfTheLines() {
        // 0.03 at 20 % is 0.006: rounded half-up to 0.01; 0.02 at 20 % is 0.004: 0.00
        assertThat(VAT.vatOn(eur("0.03"), Customer.consumer("FR")).getFirst().vat()).isEqualTo(eur("0.01"));
        assertThat(VAT.vatOn(eur("0.02"), Customer.consumer("FR")).getFirst().vat()).isEqualTo(eur("0.00"));
        // 1.50 at 19 % is 0.285 exactly: half-up gives 0.29 (half-even would give 0.28)
        assertThat(VAT.vatOn(eur("1.50"), Customer.consumer("DE")).getFirst().vat()).isEqualTo(eur("0.29"));
    }

    @Test
    void anEuConsumerInACountryWithNoConfiguredRateIsRefused() {
        assertThatThrownBy(() -> standardMonth(Customer.consumer("ES")))
                .isInstanceOf(RatingRefused.class).hasMessageContaining("ES");
    }

    @Test
    void aRateTableMustHaveTheOperatorsRate() {
        assertThatThrownBy(() -> new VatRates("FR", java.util.Map.of("DE", BigDecimal.TEN))).isInstanceOf(RatingRefused.class);
        assertThatThrownBy(() -> Customer.consumer("XX")).isInstanceOf(IllegalArgumentException.class);
    }
}
