package org.hearth.tenants.billing.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.hearth.kernel.money.Money;
import org.junit.jupiter.api.Test;

/** An invoice that does not add up is refused before any document is made of it. */
class InvoiceDocumentTest {

    @Test
    void aLineIsItsQuantityTimesItsPriceRoundedHalfUp() {
        // 12,345 × 0.0015 = 18.5175 → 18.52
        assertThat(Invoices.line("3", "Reads", "12345", UnitCode.ONE, "0.0015", "18.52", VatCategory.S, "20").net())
                .isEqualTo(Money.of("18.52", Invoices.EUR));
        assertThatThrownBy(() -> Invoices.line("3", "Reads", "12345", UnitCode.ONE, "0.0015", "18.51", VatCategory.S, "20"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is EUR 18.52, not EUR 18.51");
    }

    @Test
    void vatIsRoundedOncePerCategoryNotPerLine() {
        List<InvoiceLine> lines = List.of(
                Invoices.line("1", "a", "1", UnitCode.ONE, "0.03", "0.03", VatCategory.S, "20"),
                Invoices.line("2", "b", "1", UnitCode.ONE, "0.03", "0.03", VatCategory.S, "20"));
        // per line 0.006 → 0.01 twice would be 0.02; on the basis 0.06 it is 0.012 → 0.01
        assertThat(VatBreakdown.of(lines, c -> "").getFirst().tax()).isEqualTo(Money.of("0.01", Invoices.EUR));
    }

    @Test
    void totalsThatDoNotAddUpAreRefused() {
        InvoiceDocument good = Invoices.standard();
        Totals wrong = new Totals(Money.of("197.72", Invoices.EUR), Money.of("197.72", Invoices.EUR), Money.of("39.55", Invoices.EUR),
                Money.of("237.27", Invoices.EUR), Money.of("0.00", Invoices.EUR), Money.of("237.27", Invoices.EUR));

        assertThatThrownBy(() -> new InvoiceDocument(good.seller(), good.buyer(), good.number(), good.type(), good.credits(),
                good.issueDate(), good.dueDate(), good.period(), good.currency(), good.lines(), good.vat(), wrong,
                good.paymentTerms(), good.notes()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("totals should be");
        assertThatThrownBy(() -> new Totals(Money.of("10.00", Invoices.EUR), Money.of("10.00", Invoices.EUR), Money.of("2.00", Invoices.EUR),
                Money.of("12.01", Invoices.EUR), Money.of("0.00", Invoices.EUR), Money.of("12.01", Invoices.EUR)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("do not add up");
    }

    @Test
    void reverseChargeNeedsItsReasonAndStandardRateMustNotHaveOne() {
        Money basis = Money.of("100.00", Invoices.EUR);
        Money none = Money.of("0.00", Invoices.EUR);
        assertThatThrownBy(() -> new VatBreakdown(VatCategory.AE, BigDecimal.ZERO, basis, none, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs an exemption reason");
        assertThatThrownBy(() -> new VatBreakdown(VatCategory.S, new BigDecimal("20"), basis, Money.of("20.00", Invoices.EUR), Optional.of("why")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no exemption reason");
        assertThatThrownBy(() -> Invoices.line("1", "a", "1", UnitCode.ONE, "1", "1.00", VatCategory.AE, "20"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot have rate");
    }

    @Test
    void onlyACreditNoteNamesAnInvoiceAndNumbersReadAsTheSeriesYearAndSequence() {
        InvoiceDocument credit = Invoices.creditNote();
        assertThat(credit.number()).hasToString("HC-2026-000007");
        assertThatThrownBy(() -> new InvoiceDocument(credit.seller(), credit.buyer(), credit.number(), DocumentType.INVOICE,
                credit.credits(), credit.issueDate(), credit.dueDate(), credit.period(), credit.currency(), credit.lines(),
                credit.vat(), credit.totals(), credit.paymentTerms(), credit.notes()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only a credit note");
        assertThatThrownBy(() -> new Buyer("Ada", Invoices.FRENCH_BUSINESS.address(), Optional.of("FR1"), Buyer.Kind.CONSUMER))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
