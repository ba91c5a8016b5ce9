package org.hearth.tenants.billing.invoices;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.kernel.money.Money;

/** An issued invoice as stored: its number, kind (closing or interim), dates, period {@code [periodStart, periodEnd)}, lines, VAT, totals, what is paid and what credited. */
public record Invoice(UUID id, UUID tenantId, String number, InvoiceKind kind, InvoiceStatus status, LocalDate issueDate, LocalDate dueDate,
                      LocalDate periodStart, LocalDate periodEnd, List<Line> lines, List<Vat> vat, Money subtotal, Money vatTotal,
                      Money total, Money paid, Money credited) {

    public Invoice {
        lines = List.copyOf(lines);
        vat = List.copyOf(vat);
    }

    /** What is still owed: the total less payments and credit notes, never below zero. */
    public Money amountDue() {
        return total.minus(paid).minus(credited).max(Money.zero(total.currency()));
    }

    /** One line, as the engine rated it; a deduction line names the interim invoice it deducts ({@code deducts}, its number). */
    public record Line(int position, String kind, String source, String componentCode, Optional<String> metric, String descriptionKey,
                       java.math.BigDecimal quantity, java.math.BigDecimal freeAllowanceApplied, Optional<java.math.BigDecimal> unitPrice,
                       Money amount, String planCode, int planVersion, LocalDate from, LocalDate until, Optional<String> deducts) {
    }

    /** VAT at one rate. */
    public record Vat(String treatment, String country, java.math.BigDecimal ratePercent, Money base, Money vat) {
    }
}
