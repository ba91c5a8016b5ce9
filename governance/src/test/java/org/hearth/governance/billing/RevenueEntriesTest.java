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
    private static final RevenueEntries.Chart CHART = new RevenueEntries.Chart("1100", "1000", "2400", "4000", "4100", "4200", "4300");
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
    void aPilotsFundingDebitsCashAndCreditsGrantRevenueOnTheDayItWasReceived() {
        var funding = new BillingEvent.PilotFundingReceived(UUID.randomUUID(), UUID.randomUUID(), LocalDate.parse("2026-12-20"), "EUR",
                new BigDecimal("25000.00"), "GRANT-17");

        NewEntry entry = entries.entryFor(funding, CHART).orElseThrow();

        assertThat(entry.kind()).isEqualTo(EntryKind.GRANT);
        assertThat(entry.date()).isEqualTo(LocalDate.parse("2026-12-20"));
        assertThat(entry.lines()).containsExactly(Line.debit("1000", eur("25000.00")), Line.credit("4300", eur("25000.00")));
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
    void aPeriodsInterimAndClosingInvoicesBookItsRevenueOncePerSourceAndEachEntryBalances() {
        // The month: 49.00 of subscription and 1,107.00 of usage. Interim: 49.00 + 951.00; the closing invoice
        // deducts both, so its subscription nets to zero and its usage to 156.00.
        var interim = invoice("EUR", "49.00", "951.00", "0", "200.00", "1200.00");
        var closing = invoice("EUR", "0.00", "156.00", "0", "31.20", "187.20");
        // A closing invoice rated lower on one source than its interim invoice billed (a backdated change of plan).
        var lower = invoice("EUR", "-10.00", "40.00", "0", "6.00", "36.00");

        Money subscriptions = eur("0.00");
        Money usage = eur("0.00");
        for (var event : java.util.List.of(interim, closing, lower)) {
            NewEntry entry = entries.entryFor(event, CHART).orElseThrow();
            assertThat(entry.lines().stream().map(Line::net).reduce(eur("0.00"), Money::plus)).as("balanced").isEqualTo(eur("0.00"));
            for (Line line : entry.lines()) {
                assertThat(line.debit().isNegative() || line.credit().isNegative()).as("no negative side").isFalse();
                if (line.account().equals("4000")) {
                    subscriptions = subscriptions.plus(line.credit()).minus(line.debit());
                } else if (line.account().equals("4100")) {
                    usage = usage.plus(line.credit()).minus(line.debit());
                }
            }
        }
        assertThat(subscriptions).isEqualTo(eur("39.00"));
        assertThat(usage).isEqualTo(eur("1147.00"));
        assertThat(entries.entryFor(lower, CHART).orElseThrow().lines()).containsExactly(Line.debit("1100", eur("36.00")),
                Line.debit("4000", eur("10.00")), Line.credit("4100", eur("40.00")), Line.credit("2400", eur("6.00")));
        // The decoder takes a source below zero, never a negative total or VAT.
        String payload = "{\"invoiceId\":\"" + UUID.randomUUID() + "\",\"tenantId\":\"" + UUID.randomUUID() + "\",\"number\":\"HE-2026-000002\","
                + "\"issueDate\":\"2026-12-02\",\"dueDate\":\"2027-01-01\",\"currency\":\"EUR\",\"subscriptions\":\"-10.00\","
                + "\"usageFees\":\"40.00\",\"commissions\":\"0\",\"vat\":\"6.00\",\"total\":\"%s\"}";
        assertThat(BillingEvent.decode("invoice.issued", payload.formatted("36.00"))).isInstanceOf(BillingEvent.InvoiceIssued.class);
        assertThatThrownBy(() -> BillingEvent.decode("invoice.issued", payload.formatted("-36.00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("total is negative");
        // A credit note of a closing invoice's reads line and its deduction of an interim invoice's subscription.
        var credit = new BillingEvent.CreditNoteIssued(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "HC-2026-000001",
                LocalDate.parse("2026-12-03"), "EUR", new BigDecimal("-49.00"), new BigDecimal("300.00"), BigDecimal.ZERO, new BigDecimal("50.20"),
                new BigDecimal("301.20"));
        assertThat(entries.entryFor(credit, CHART).orElseThrow().lines()).containsExactly(Line.credit("1100", eur("301.20")),
                Line.credit("4000", eur("49.00")), Line.debit("4100", eur("300.00")), Line.debit("2400", eur("50.20")));
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
