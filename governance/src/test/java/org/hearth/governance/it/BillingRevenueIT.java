package org.hearth.governance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.schema.generated.governance.Tables.BILLING_POSTINGS;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.governance.SampleCharters;
import org.hearth.governance.billing.RejectedEvent;
import org.hearth.governance.billing.RevenuePoster;
import org.hearth.governance.ledger.Balance;
import org.hearth.governance.ledger.Entry;
import org.hearth.governance.ledger.EntryKind;
import org.hearth.governance.ledger.FinancialYear;
import org.hearth.governance.ledger.Line;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Billing's revenue booked from the real outbox into the ledger on real PostgreSQL (issue 11). */
class BillingRevenueIT {

    private Books books;
    private BillingEvents billing;
    private RevenuePoster poster;
    private FinancialYear year;

    @BeforeEach
    void setUp() {
        books = new Books(SampleCharters.ukCic(), LocalDate.parse("2024-06-01"));
        year = books.open("2023-04-01");
        billing = new BillingEvents(books.database.db(), books.services.ledger().currency().getCurrencyCode());
        poster = books.module.revenue();
    }

    @Test
    void anIssuedInvoiceMovesRevenueBySourceAndTheYearsResultByItsNetAmount() {
        Money resultBefore = books.services.status().of(year.id()).result();
        billing.invoice("F-2023-000001", "2023-05-31", "100.00", "250.50", "12.30", "72.56", "435.36");

        assertThat(poster.runOnce()).isEqualTo(1);

        assertThat(natural("1100")).as("receivables").isEqualTo(books.money("435.36"));
        assertThat(natural("4000")).as("subscriptions").isEqualTo(books.money("100.00"));
        assertThat(natural("4100")).as("usage fees").isEqualTo(books.money("250.50"));
        assertThat(natural("4200")).as("commissions").isEqualTo(books.money("12.30"));
        assertThat(natural("2400")).as("VAT payable").isEqualTo(books.money("72.56"));
        assertThat(books.services.status().of(year.id()).result()).as("the board's result moves by the net amount")
                .isEqualTo(resultBefore.plus(books.money("362.80")));
        Entry entry = onlyEntry(EntryKind.INVOICE_ISSUED);
        assertThat(entry.author()).isEqualTo("system:governance.book_billing");
        assertThat(entry.documentDate()).isEqualTo(LocalDate.parse("2023-05-31"));
        assertThat(entry.justification()).contains("F-2023-000001");
        assertBalances(entry);
    }

    @Test
    void aPartialPaymentMovesItsAmountToCashAndACreditNoteReversesItsShare() {
        var invoice = billing.invoice("F-2023-000002", "2023-06-30", "100.00", "0", "0", "20.00", "120.00");
        billing.payment(invoice, "2023-07-10", "50.00");
        billing.creditNote(invoice, "A-2023-000001", "2023-07-15", "40.00", "0", "0", "8.00", "48.00");

        poster.runOnce();

        assertThat(natural("1000")).as("cash").isEqualTo(books.money("50.00"));
        assertThat(natural("1100")).as("receivables: 120 - 50 - 48").isEqualTo(books.money("22.00"));
        assertThat(natural("4000")).as("subscriptions: 100 - 40").isEqualTo(books.money("60.00"));
        assertThat(natural("2400")).as("VAT payable: 20 - 8").isEqualTo(books.money("12.00"));
        assertThat(natural("4100")).isEqualTo(books.money("0.00"));
        List<Entry> entries = books.services.ledger().statements().entries(null, null, 100);
        assertThat(entries).extracting(Entry::kind)
                .containsExactlyInAnyOrder(EntryKind.INVOICE_ISSUED, EntryKind.INVOICE_PAYMENT, EntryKind.CREDIT_NOTE);
        entries.forEach(this::assertBalances);
        Entry payment = onlyEntry(EntryKind.INVOICE_PAYMENT);
        assertThat(payment.lines()).containsExactlyInAnyOrder(Line.debit("1000", books.money("50.00")), Line.credit("1100", books.money("50.00")));
        Entry credit = onlyEntry(EntryKind.CREDIT_NOTE);
        assertThat(credit.lines()).containsExactlyInAnyOrder(Line.credit("1100", books.money("48.00")),
                Line.debit("4000", books.money("40.00")), Line.debit("2400", books.money("8.00")));
    }

    @Test
    void aMonthWithInterimInvoicesBooksItsRevenueOnceAndEveryEntryBalances() {
        // A month of 49.00 subscription and 1,107.00 usage billed as billing issues it: an interim invoice of 49.00 + 951.00,
        // then the closing invoice of the whole month less the interim's two sources (subscription nets to 0, usage to 156.00).
        billing.invoice("HE-2023-000001", "2023-05-10", "49.00", "951.00", "0", "200.00", "1200.00");
        billing.invoice("HE-2023-000002", "2023-06-02", "0.00", "156.00", "0", "31.20", "187.20");
        // A closing invoice that bills less subscription than its interim invoice did (the plan changed back-dated): -10.00.
        billing.invoice("HE-2023-000003", "2023-06-02", "-10.00", "40.00", "0", "6.00", "36.00");

        assertThat(poster.runOnce()).isEqualTo(3);

        assertThat(natural("4000")).as("subscriptions: 49 + 0 - 10").isEqualTo(books.money("39.00"));
        assertThat(natural("4100")).as("usage fees: 951 + 156 + 40").isEqualTo(books.money("1147.00"));
        assertThat(natural("1100")).as("receivables").isEqualTo(books.money("1423.20"));
        assertThat(natural("2400")).as("VAT payable").isEqualTo(books.money("237.20"));
        List<Entry> entries = books.services.ledger().statements().entries(null, null, 100);
        assertThat(entries).hasSize(3);
        entries.forEach(this::assertBalances);
        assertThat(poster.rejected()).isEmpty();
    }

    @Test
    void replayingEveryEventPostsNothingTwice() {
        var invoice = billing.invoice("F-2023-000003", "2023-05-01", "30.00", "20.00", "10.00", "12.00", "72.00");
        billing.payment(invoice, "2023-05-20", "72.00");
        billing.creditNote(invoice, "A-2023-000002", "2023-05-25", "0", "20.00", "0", "4.00", "24.00");
        poster.runOnce();
        int entries = books.entries();
        List<Balance> trial = books.services.ledger().statements().trialBalance(null, null);
        assertThat(entries).isEqualTo(3);

        poster.replay(CallContext.system("test.replay"));
        assertThat(poster.runOnce()).as("every event is read again").isEqualTo(3);

        assertThat(books.entries()).as("and none is booked twice").isEqualTo(entries);
        assertThat(books.services.ledger().statements().trialBalance(null, null)).isEqualTo(trial);
        assertThat(books.database.count(BILLING_POSTINGS)).isEqualTo(3);
    }

    @Test
    void anEventTypeThePosterDoesNotBookIsSkipped() {
        billing.append(new BillingEvents.InvoiceOverdue(UUID.randomUUID(), billing.tenantId));
        billing.invoice("F-2023-000004", "2023-05-01", "10.00", "0", "0", "0", "10.00");

        assertThat(poster.runOnce()).as("both rows are read").isEqualTo(2);

        assertThat(books.entries()).isEqualTo(1);
        assertThat(onlyEntry(EntryKind.INVOICE_ISSUED).lines()).hasSize(2);
        assertThat(books.database.count(BILLING_POSTINGS)).as("the unknown type is not recorded either").isEqualTo(1);
        assertThat(poster.rejected()).isEmpty();
    }

    @Test
    void anEventThatCannotBeBookedIsRecordedAsRejectedAndTheEventsBehindItAreBooked() {
        String tenant = billing.tenantId.toString();
        UUID missing = billing.raw("invoice.issued", "{\"invoiceId\":\"" + UUID.randomUUID() + "\",\"tenantId\":\"" + tenant + "\"}");
        UUID notANumber = billing.raw("invoice.payment_recorded", "{\"paymentId\":\"" + UUID.randomUUID() + "\",\"invoiceId\":\""
                + UUID.randomUUID() + "\",\"tenantId\":\"" + tenant + "\",\"paidOn\":\"2023-05-02\",\"currency\":\"GBP\",\"amount\":\"lots\"}");
        var foreign = new BillingEvents(books.database.db(), "JPY");
        foreign.invoice("F-2023-000005", "2023-05-01", "100", "0", "0", "0", "100");
        billing.invoice("F-2023-000006", "2023-05-01", "10.00", "0", "0", "2.00", "13.00");
        billing.invoice("F-2023-000007", "2023-05-02", "10.00", "5.00", "0", "3.00", "18.00");

        assertThat(poster.runOnce()).isEqualTo(5);

        assertThat(books.entries()).as("only the good invoice is booked").isEqualTo(1);
        assertThat(natural("1100")).isEqualTo(books.money("18.00"));
        List<RejectedEvent> rejected = poster.rejected();
        assertThat(rejected).hasSize(4);
        assertThat(rejected).filteredOn(r -> r.eventId().equals(missing)).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("is missing"));
        assertThat(rejected).filteredOn(r -> r.eventId().equals(notANumber)).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("amount is not a decimal amount"));
        assertThat(rejected).extracting(RejectedEvent::reason)
                .anySatisfy(reason -> assertThat(reason).contains("in JPY").contains("kept in GBP"))
                .anySatisfy(reason -> assertThat(reason).contains("add up to 12.00, not the total 13.00"));

        int audit = books.auditRows();
        assertThat(poster.runOnce()).as("the poster has moved past them").isZero();
        assertThat(books.auditRows()).as("an idle poll writes nothing, not even an audit row").isEqualTo(audit);
    }

    @Test
    void anEventWhereNoYearIsOpenHoldsThePosterAndBooksNothingUntilTheYearIsOpened() {
        billing.invoice("F-2023-000008", "2023-05-01", "10.00", "0", "0", "0", "10.00");
        billing.invoice("F-2022-000001", "2022-05-01", "10.00", "0", "0", "0", "10.00");

        assertThatThrownBy(poster::runOnce).isInstanceOfSatisfying(HearthException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.NO_OPEN_YEAR));

        assertThat(books.entries()).as("the whole batch waits: revenue is never dropped").isZero();
        assertThat(poster.rejected()).isEmpty();
        assertThat(books.database.count(BILLING_POSTINGS)).isZero();
    }

    private Money natural(String code) {
        return books.services.ledger().statements().trialBalance(null, null).stream().filter(b -> b.account().code().equals(code))
                .findFirst().map(Balance::natural).orElse(books.money("0"));
    }

    private Entry onlyEntry(EntryKind kind) {
        return books.services.ledger().statements().entries(null, null, 100).stream().filter(e -> e.kind() == kind).findFirst().orElseThrow();
    }

    private void assertBalances(Entry entry) {
        Money sum = books.money("0");
        for (Line line : entry.lines()) {
            sum = sum.plus(line.net());
        }
        assertThat(sum).as("entry " + entry.seq() + " balances to zero").isEqualTo(books.money("0"));
    }
}
