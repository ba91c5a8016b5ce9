package org.hearth.governance.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import org.hearth.governance.ledger.EntryKind;
import org.hearth.governance.ledger.Line;
import org.hearth.governance.ledger.NewEntry;
import org.hearth.kernel.money.Money;
import org.junit.jupiter.api.Test;

class RevenueEntriesTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final RevenueEntries.Chart CHART = new RevenueEntries.Chart("1100", "1000", "2400", "4000", "4100", "4200");
    private final RevenueEntries entries = new RevenueEntries(EUR);

    private static Money eur(String amount) {
        return Money.of(amount, EUR);
    }

    private static BillingEvent.InvoiceIssued invoice(String currency, String subscriptions, String usage, String commissions, String vat,
                                                      String total) {
        return new BillingEvent.InvoiceIssued(UUID.randomUUID(), UUID.randomUUID(), "F-2026-000001", LocalDate.parse("2026-11-30"),
                LocalDate.parse("2026-12-30"), currency, new BigDecimal(subscriptions), new BigDecimal(usage), new BigDecimal(commissions),
                new BigDecimal(vat), new BigDecimal(total));
    }

    @Test
    void anInvoiceDebitsReceivablesWithItsTotalAndCreditsEachSourceAndVatLeavingOutZeros() {
        NewEntry entry = entries.entryFor(invoice("EUR", "29.00", "0", "1.25", "6.05", "36.30"), CHART).orElseThrow();

        assertThat(entry.kind()).isEqualTo(EntryKind.INVOICE_ISSUED);
        assertThat(entry.date()).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(entry.lines()).containsExactly(Line.debit("1100", eur("36.30")), Line.credit("4000", eur("29.00")),
                Line.credit("4200", eur("1.25")), Line.credit("2400", eur("6.05")));
    }

    @Test
    void aCreditNoteIsTheMirrorOfItsShare() {
        var credit = new BillingEvent.CreditNoteIssued(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "A-2026-000001",
                LocalDate.parse("2026-12-02"), "EUR", BigDecimal.ZERO, new BigDecimal("10.00"), BigDecimal.ZERO, new BigDecimal("2.00"),
                new BigDecimal("12.00"));

        assertThat(entries.entryFor(credit, CHART).orElseThrow().lines())
                .containsExactly(Line.credit("1100", eur("12.00")), Line.debit("4100", eur("10.00")), Line.debit("2400", eur("2.00")));
    }

    @Test
    void anInvoiceOfZeroBooksNothing() {
        assertThat(entries.entryFor(invoice("EUR", "0", "0", "0", "0", "0.00"), CHART)).isEmpty();
    }

    @Test
    void anotherCurrencyPartsThatDoNotAddUpAndExtraDecimalsAreRefused() {
        assertThatThrownBy(() -> entries.entryFor(invoice("GBP", "10.00", "0", "0", "0", "10.00"), CHART))
                .isInstanceOf(RevenueEntries.Refused.class).hasMessageContaining("kept in EUR only");
        assertThatThrownBy(() -> entries.entryFor(invoice("EUR", "10.00", "0", "0", "2.00", "12.01"), CHART))
                .isInstanceOf(RevenueEntries.Refused.class).hasMessageContaining("add up to 12.00, not the total 12.01");
        assertThatThrownBy(() -> entries.entryFor(invoice("EUR", "10.001", "0", "0", "0", "10.001"), CHART))
                .isInstanceOf(RevenueEntries.Refused.class).hasMessageContaining("has more decimals or digits than EUR allows");
    }

    @Test
    void aMalformedPayloadNamesTheFieldNotItsValue() {
        assertThatThrownBy(() -> BillingEvent.decode("invoice.payment_recorded", "{\"paymentId\":\"secret-text\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("paymentId is not a UUID");
        assertThatThrownBy(() -> BillingEvent.decode("invoice.issued", "[1]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BillingEvent.decode("invoice.credited", "{}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("creditNoteId is missing");
        String huge = "{\"paymentId\":\"" + UUID.randomUUID() + "\",\"invoiceId\":\"" + UUID.randomUUID() + "\",\"tenantId\":\""
                + UUID.randomUUID() + "\",\"paidOn\":\"2026-12-01\",\"currency\":\"EUR\",\"amount\":\"1e999999999\"}";
        assertThatThrownBy(() -> BillingEvent.decode("invoice.payment_recorded", huge))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 15 digits");
    }
}
