package org.hearth.tenants.billing.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.hearth.kernel.money.Money;

/**
 * The VAT of one category and rate (EN 16931 BG-23): the lines' net amounts added up (the basis),
 * the VAT on it (basis × rate, rounded half-up once, not line by line), and for reverse charge
 * or out of scope the reason in words (BT-120), as the receiver must read it.
 */
public record VatBreakdown(VatCategory category, BigDecimal rate, Money basis, Money tax, Optional<String> exemptionReason) {

    public VatBreakdown {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(exemptionReason, "exemptionReason");
        if (category.needsExemptionReason() != exemptionReason.isPresent()) {
            throw new IllegalArgumentException(category.needsExemptionReason()
                    ? "category " + category + " needs an exemption reason"
                    : "category " + category + " has no exemption reason");
        }
        Money expected = basis.times(rate.movePointLeft(2), RoundingMode.HALF_UP);
        if (expected.compareTo(tax) != 0) {
            throw new IllegalArgumentException("VAT " + category + " " + rate.toPlainString() + "% of " + basis
                    + " is " + expected + ", not " + tax);
        }
    }

    /** The breakdown of {@code lines}, one entry per category and rate in the order first met; {@code reasons} words the exempt ones. */
    public static List<VatBreakdown> of(List<InvoiceLine> lines, Function<VatCategory, String> reasons) {
        Map<String, List<InvoiceLine>> groups = new LinkedHashMap<>();
        for (InvoiceLine line : lines) {
            groups.computeIfAbsent(line.vatCategory() + "/" + line.vatRate().stripTrailingZeros().toPlainString(),
                    k -> new ArrayList<>()).add(line);
        }
        List<VatBreakdown> breakdown = new ArrayList<>();
        for (List<InvoiceLine> group : groups.values()) {
            InvoiceLine first = group.getFirst();
            Money basis = group.stream().map(InvoiceLine::net).reduce(Money::plus).orElseThrow();
            breakdown.add(new VatBreakdown(first.vatCategory(), first.vatRate(), basis,
                    basis.times(first.vatRate().movePointLeft(2), RoundingMode.HALF_UP),
                    first.vatCategory().needsExemptionReason()
                            ? Optional.of(reasons.apply(first.vatCategory())) : Optional.empty()));
        }
        return List.copyOf(breakdown);
    }

    boolean covers(InvoiceLine line) {
        return line.vatCategory() == category && line.vatRate().compareTo(rate) == 0;
    }
}
