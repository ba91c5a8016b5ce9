package org.hearth.tenants.billing.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.hearth.kernel.money.Money;

/**
 * One invoice line (EN 16931 BG-25): what was billed, in the buyer's language, how much of it, at
 * what unit price, and under which VAT category and rate (a percentage, such as 20).
 *
 * <p>The net amount is the quantity times the unit price rounded half-up to the minor unit, as
 * the billing rules say; a line that says otherwise is refused, because the e-invoice's
 * receiver recomputes it. Unit prices have at most four decimals (a read may cost 0.0015): the
 * e-invoice writes prices with four. A price is never negative (EN 16931 BR-27): a line that takes
 * an amount back, such as the deduction of an interim invoice, has a negative quantity.
 */
public record InvoiceLine(String id, String description, BigDecimal quantity, UnitCode unit, BigDecimal unitPrice,
                          Money net, VatCategory vatCategory, BigDecimal vatRate) {

    public InvoiceLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(vatCategory, "vatCategory");
        Objects.requireNonNull(vatRate, "vatRate");
        if (id.isBlank() || description.isBlank()) {
            throw new IllegalArgumentException("a line has an id and a description");
        }
        if (unitPrice.signum() < 0) {
            throw new IllegalArgumentException("line " + id + ": a unit price is not negative (BR-27); a line taking an amount back has a negative quantity");
        }
        if (unitPrice.stripTrailingZeros().scale() > 4) {
            throw new IllegalArgumentException("line " + id + ": a unit price has at most four decimals");
        }
        Money expected = new Money(quantity.multiply(unitPrice)
                .setScale(Math.max(0, net.currency().getDefaultFractionDigits()), RoundingMode.HALF_UP), net.currency());
        if (expected.compareTo(net) != 0) {
            throw new IllegalArgumentException("line " + id + ": " + quantity.toPlainString() + " × "
                    + unitPrice.toPlainString() + " is " + expected + ", not " + net);
        }
        if (vatCategory.zeroRate() ? vatRate.signum() != 0 : vatRate.signum() <= 0) {
            throw new IllegalArgumentException("line " + id + ": category " + vatCategory + " cannot have rate " + vatRate);
        }
    }
}
