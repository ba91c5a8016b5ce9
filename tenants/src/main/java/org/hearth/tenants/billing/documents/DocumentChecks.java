package org.hearth.tenants.billing.documents;

import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hearth.kernel.money.Money;

/** The arithmetic an {@link InvoiceDocument} must satisfy, checked once when it is made. */
final class DocumentChecks {

    private DocumentChecks() {
    }

    static void check(Currency currency, List<InvoiceLine> lines, List<VatBreakdown> vat, Totals totals) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an invoice has at least one line");
        }
        Set<String> ids = new HashSet<>();
        for (InvoiceLine line : lines) {
            if (!ids.add(line.id())) {
                throw new IllegalArgumentException("line id " + line.id() + " appears twice");
            }
            if (vat.stream().filter(b -> b.covers(line)).count() != 1) {
                throw new IllegalArgumentException("line " + line.id() + " is not in exactly one VAT breakdown");
            }
        }
        Stream.of(lines.stream().map(InvoiceLine::net), vat.stream().flatMap(b -> Stream.of(b.basis(), b.tax())),
                        Stream.of(totals.lineTotal(), totals.vatTotal(), totals.grandTotal(), totals.prepaid(), totals.due()))
                .flatMap(s -> s)
                .filter(m -> !m.currency().equals(currency))
                .findAny()
                .ifPresent(m -> {
                    throw new IllegalArgumentException(m + " is not in " + currency.getCurrencyCode());
                });
        for (VatBreakdown b : vat) {
            Money basis = lines.stream().filter(b::covers).map(InvoiceLine::net).reduce(Money.zero(currency), Money::plus);
            if (basis.compareTo(b.basis()) != 0) {
                throw new IllegalArgumentException("VAT " + b.category() + " basis is " + basis + ", not " + b.basis());
            }
        }
        Totals expected = Totals.of(lines, vat, totals.prepaid());
        if (!expected.equals(totals)) {
            throw new IllegalArgumentException("totals should be " + expected + ", not " + totals);
        }
        if (vat.stream().anyMatch(b -> b.category() == VatCategory.O) && vat.size() > 1) {
            throw new IllegalArgumentException("an invoice out of the scope of VAT has no other VAT category (BR-O-11)");
        }
    }
}
