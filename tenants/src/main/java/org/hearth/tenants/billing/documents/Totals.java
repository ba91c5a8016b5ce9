package org.hearth.tenants.billing.documents;

import java.util.List;
import java.util.Objects;
import org.hearth.kernel.money.Money;

/**
 * The document's totals (EN 16931 BG-22): the lines added up, the tax basis (the same: the
 * platform puts no allowance or charge on the whole document), the VAT, the grand total, what
 * was paid before, and what is due.
 */
public record Totals(Money lineTotal, Money taxBasis, Money vatTotal, Money grandTotal, Money prepaid, Money due) {

    public Totals {
        Objects.requireNonNull(lineTotal, "lineTotal");
        Objects.requireNonNull(taxBasis, "taxBasis");
        Objects.requireNonNull(vatTotal, "vatTotal");
        Objects.requireNonNull(grandTotal, "grandTotal");
        Objects.requireNonNull(prepaid, "prepaid");
        Objects.requireNonNull(due, "due");
        if (taxBasis.compareTo(lineTotal) != 0 || grandTotal.compareTo(taxBasis.plus(vatTotal)) != 0
                || due.compareTo(grandTotal.minus(prepaid)) != 0) {
            throw new IllegalArgumentException("totals do not add up: " + lineTotal + " + " + vatTotal + " = "
                    + grandTotal + ", less " + prepaid + " = " + due);
        }
    }

    /** The totals of {@code lines} with {@code breakdown}, less {@code prepaid}. */
    public static Totals of(List<InvoiceLine> lines, List<VatBreakdown> breakdown, Money prepaid) {
        Money lines_ = lines.stream().map(InvoiceLine::net).reduce(Money::plus).orElseThrow();
        Money vat = breakdown.stream().map(VatBreakdown::tax).reduce(Money::plus).orElseThrow();
        Money grand = lines_.plus(vat);
        return new Totals(lines_, lines_, vat, grand, prepaid, grand.minus(prepaid));
    }
}
