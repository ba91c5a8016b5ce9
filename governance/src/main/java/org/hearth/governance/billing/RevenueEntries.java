package org.hearth.governance.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.hearth.governance.ledger.EntryKind;
import org.hearth.governance.ledger.Line;
import org.hearth.governance.ledger.NewEntry;
import org.hearth.kernel.money.Money;

/**
 * The entry each billing event books (pure: no database). A pilot's funding debits cash and
 * credits grant revenue. An invoice debits receivables with its
 * total and credits revenue by source and VAT payable; a payment moves its amount from
 * receivables to cash; a credit note is the mirror of the share of the invoice it takes back.
 * Lines of zero are left out; an event that moves nothing books nothing. A source may be negative:
 * a closing invoice deducts what the period's interim invoices already billed, source by source, and
 * when a source was billed more on them than the whole period comes to (a lower rate after a change
 * of plan), its net is below zero and books on the other side (a debit of revenue), so every
 * period's revenue per source is booked once over its invoices.
 *
 * <p>The ledger is kept in one currency, the charter's: an event in another is refused, not
 * converted, as {@code Postings} refuses any entry in another currency (statutory accounts are
 * kept in one currency; a rate chosen here would be a figure nobody decided).
 */
final class RevenueEntries {

    /** The account codes the entries use, found by role in the chart of accounts. */
    record Chart(String receivables, String cash, String vatPayable, String subscriptions, String usageFees, String commissions, String grants) {
    }

    /** Why an event cannot be booked as it stands. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final Currency ledgerCurrency;

    RevenueEntries(Currency ledgerCurrency) {
        this.ledgerCurrency = ledgerCurrency;
    }

    Optional<NewEntry> entryFor(BillingEvent event, Chart chart) {
        if (!ledgerCurrency.getCurrencyCode().equals(event.currency())) {
            throw new Refused("the event is in " + event.currency() + "; the ledger is kept in " + ledgerCurrency.getCurrencyCode()
                    + " only and converts nothing");
        }
        return switch (event) {
            case BillingEvent.InvoiceIssued i -> entry(new NewEntry(i.issueDate(), EntryKind.INVOICE_ISSUED, "Invoice " + i.number() + " issued",
                    "invoice " + i.number() + " (" + i.invoiceId() + ")",
                    split(chart, i.subscriptions(), i.usageFees(), i.commissions(), i.vat(), i.total(), false)));
            case BillingEvent.CreditNoteIssued c -> entry(new NewEntry(c.issueDate(), EntryKind.CREDIT_NOTE,
                    "Credit note " + c.number() + " on invoice " + c.invoiceId(), "credit note " + c.number() + " (" + c.creditNoteId() + ")",
                    split(chart, c.subscriptions(), c.usageFees(), c.commissions(), c.vat(), c.total(), true)));
            case BillingEvent.PaymentRecorded p -> {
                Money amount = money(p.amount(), "amount");
                List<Line> lines = amount.isZero() ? List.of()
                        : List.of(Line.debit(chart.cash(), amount), Line.credit(chart.receivables(), amount));
                yield entry(new NewEntry(p.paidOn(), EntryKind.INVOICE_PAYMENT, "Payment of invoice " + p.invoiceId(),
                        "payment " + p.paymentId() + " of invoice " + p.invoiceId(), lines));
            }
            case BillingEvent.PilotFundingReceived f -> {
                // A grant: cash at bank against grant revenue, no VAT (a subsidy is outside its scope).
                Money amount = money(f.amount(), "amount");
                List<Line> lines = amount.isZero() ? List.of() : List.of(Line.debit(chart.cash(), amount), Line.credit(chart.grants(), amount));
                yield entry(new NewEntry(f.receivedOn(), EntryKind.GRANT, "Pilot funding received (" + f.reference() + ")",
                        "pilot " + f.pilotId() + " funding, reference " + f.reference(), lines));
            }
        };
    }

    /** Receivables against each source and VAT; {@code reversed} swaps every side (a credit note). */
    private List<Line> split(Chart chart, BigDecimal subscriptions, BigDecimal usageFees, BigDecimal commissions, BigDecimal vat,
                             BigDecimal total, boolean reversed) {
        Money totalMoney = money(total, "total");
        List<Line> credits = new ArrayList<>();
        Money sum = Money.zero(ledgerCurrency);
        for (var part : List.of(new Part(chart.subscriptions(), money(subscriptions, "subscriptions")),
                new Part(chart.usageFees(), money(usageFees, "usageFees")), new Part(chart.commissions(), money(commissions, "commissions")),
                new Part(chart.vatPayable(), money(vat, "vat")))) {
            sum = sum.plus(part.amount());
            if (!part.amount().isZero()) {
                boolean credit = part.amount().isPositive() != reversed;
                Money size = part.amount().isNegative() ? part.amount().negate() : part.amount();
                credits.add(credit ? Line.credit(part.account(), size) : Line.debit(part.account(), size));
            }
        }
        if (!sum.equals(totalMoney)) {
            throw new Refused("subscriptions, usage fees, commissions and VAT add up to " + sum.amount().toPlainString()
                    + ", not the total " + totalMoney.amount().toPlainString());
        }
        if (credits.isEmpty()) {
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        if (!totalMoney.isZero()) {
            Money size = totalMoney.isNegative() ? totalMoney.negate() : totalMoney;
            lines.add(totalMoney.isPositive() != reversed ? Line.debit(chart.receivables(), size) : Line.credit(chart.receivables(), size));
        }
        lines.addAll(credits);
        return lines;
    }

    private record Part(String account, Money amount) {
    }

    private Money money(BigDecimal amount, String field) {
        try {
            return Money.of(amount.toPlainString(), ledgerCurrency);
        } catch (IllegalArgumentException e) {
            throw new Refused(field + " has more decimals or digits than " + ledgerCurrency.getCurrencyCode() + " allows");
        }
    }

    private static Optional<NewEntry> entry(NewEntry entry) {
        return entry.lines().isEmpty() ? Optional.empty() : Optional.of(entry);
    }
}
