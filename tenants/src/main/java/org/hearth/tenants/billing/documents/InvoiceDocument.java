package org.hearth.tenants.billing.documents;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hearth.kernel.money.Money;

/**
 * An issued invoice or credit note, everything its three forms (the PDF a person reads, the
 * EN 16931 CII XML, the Factur-X PDF/A-3 that carries both) show. Immutable, and refused when
 * it does not add up: every line's amount is its quantity times its price, the breakdown
 * covers every line once with the right VAT, the totals are the sums. A credit note names the
 * invoice it credits; its amounts are positive.
 */
public record InvoiceDocument(Seller seller, Buyer buyer, InvoiceNumber number, DocumentType type,
                              Optional<Credited> credits, LocalDate issueDate, LocalDate dueDate, BillingPeriod period,
                              Currency currency, List<InvoiceLine> lines, List<VatBreakdown> vat, Totals totals,
                              String paymentTerms, List<String> notes) {

    /** The invoice a credit note cancels (EN 16931 BG-3). */
    public record Credited(InvoiceNumber number, LocalDate issueDate) {
        public Credited {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(issueDate, "issueDate");
        }
    }

    public InvoiceDocument {
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(credits, "credits");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(paymentTerms, "paymentTerms");
        lines = List.copyOf(lines);
        vat = List.copyOf(vat);
        notes = List.copyOf(notes);
        if ((type == DocumentType.CREDIT_NOTE) != credits.isPresent()) {
            throw new IllegalArgumentException("a credit note, and only a credit note, names the invoice it credits");
        }
        if (dueDate.isBefore(issueDate)) {
            throw new IllegalArgumentException("an invoice falls due on or after its issue date");
        }
        DocumentChecks.check(currency, lines, vat, totals);
    }

    /** Zero in the document's currency. */
    public Money zero() {
        return Money.zero(currency);
    }
}
