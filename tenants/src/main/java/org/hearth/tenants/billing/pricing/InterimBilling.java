package org.hearth.tenants.billing.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hearth.kernel.money.Money;

/**
 * Threshold (interim) invoicing, as Lago's progressive billing does it. While a period is open, its
 * charges so far (true-ups excepted: minimums are settled only when the period closes) less what
 * earlier interim invoices of the period still bill is the amount not yet invoiced; once it reaches
 * the plan version's threshold, an interim invoice bills the period so far and deducts each earlier
 * interim invoice. The closing invoice bills the whole period and deducts every interim invoice.
 *
 * <p>A deduction is one line per interim invoice and revenue source, the negative of what that
 * invoice still bills of the source (net of credit notes on it), so each source's revenue over the
 * period's invoices is booked exactly once. VAT is then charged on the subtotal as on any invoice.
 * A closing invoice never goes below zero: when the deductions exceed the period's amount (the
 * period was re-rated lower after an interim invoice, e.g. a backdated change of plan), its last
 * deductions are reduced so it totals zero, and the excess stays on the interim invoice, for an
 * operator to credit. Pure: no clock, no database.
 */
public final class InterimBilling {

    /** The revenue sources, in the order deduction lines take them. */
    public static final List<String> SOURCES = List.of("subscriptions", "usage_fees", "commissions");
    static final String DEDUCTION_CODE = "interim_invoice";
    static final String DEDUCTION_KEY = "billing.line.interim_deduction";

    /** An earlier interim invoice of the period and what it still bills, per revenue source, before VAT. */
    public record Billed(UUID invoiceId, String number, LocalDate from, LocalDate until, Map<String, Money> bySource) {

        public Billed {
            Objects.requireNonNull(invoiceId, "invoiceId");
            Objects.requireNonNull(number, "number");
            bySource = Map.copyOf(bySource);
            if (!SOURCES.containsAll(bySource.keySet())) {
                throw new IllegalArgumentException("the revenue sources are " + SOURCES + ", not " + bySource.keySet());
            }
        }

        Money total(Currency currency) {
            return bySource.values().stream().reduce(Money.zero(currency), Money::plus);
        }
    }

    private final VatRates vatRates;

    public InterimBilling(VatRates vatRates) {
        this.vatRates = Objects.requireNonNull(vatRates, "vatRates");
    }

    /** The period's charges so far (no true-ups) less what {@code earlier} interim invoices still bill, before VAT. */
    public static Money notYetInvoiced(InvoiceDraft periodToDate, List<Billed> earlier) {
        Currency currency = periodToDate.currency();
        Money charged = periodToDate.lines().stream().filter(l -> l.kind() == LineKind.CHARGE).map(InvoiceLine::amount)
                .reduce(Money.zero(currency), Money::plus);
        return earlier.stream().map(b -> b.total(currency)).reduce(charged, Money::minus);
    }

    /** Whether the period so far calls for an interim invoice: its plan version has a threshold, and the amount not yet invoiced reaches it. */
    public static boolean due(InvoiceDraft periodToDate, List<Billed> earlier) {
        Money open = notYetInvoiced(periodToDate, earlier);
        return open.isPositive() && periodToDate.invoiceThreshold().map(t -> open.compareTo(t) >= 0).orElse(false);
    }

    /**
     * The interim invoice of {@code periodToDate} (rated over the whole period with the usage so
     * far): its charge lines, then the deductions of {@code earlier}, dated {@code soFar}.
     */
    public InvoiceDraft interim(InvoiceDraft periodToDate, BillingPeriod soFar, List<Billed> earlier, Customer customer) {
        List<InvoiceLine> lines = new ArrayList<>(periodToDate.lines().stream().filter(l -> l.kind() == LineKind.CHARGE).toList());
        lines.addAll(deductions(periodToDate, earlier));
        return draft(periodToDate, soFar, lines, customer);
    }

    /** The closing invoice: every line of {@code whole}, true-ups included, then the deductions of the period's interim invoices. */
    public InvoiceDraft closing(InvoiceDraft whole, List<Billed> interims, Customer customer) {
        if (interims.isEmpty()) {
            return whole;
        }
        List<InvoiceLine> lines = new ArrayList<>(whole.lines());
        lines.addAll(capped(deductions(whole, interims), whole.subtotal()));
        return draft(whole, whole.period(), lines, customer);
    }

    private InvoiceDraft draft(InvoiceDraft rated, BillingPeriod period, List<InvoiceLine> lines, Customer customer) {
        Currency currency = rated.currency();
        Money subtotal = lines.stream().map(InvoiceLine::amount).reduce(Money.zero(currency), Money::plus);
        List<VatLine> vat = vatRates.vatOn(subtotal, customer);
        Money vatTotal = vat.stream().map(VatLine::vat).reduce(Money.zero(currency), Money::plus);
        return new InvoiceDraft(currency, period, lines, subtotal, vat, vatTotal, subtotal.plus(vatTotal), rated.invoiceThreshold());
    }

    private static List<InvoiceLine> deductions(InvoiceDraft rated, List<Billed> earlier) {
        Optional<InvoiceLine> last = rated.lines().stream().reduce((a, b) -> b);
        String plan = last.map(InvoiceLine::planCode).orElse("");
        int version = last.map(InvoiceLine::planVersion).orElse(0);
        List<InvoiceLine> lines = new ArrayList<>();
        for (Billed b : earlier) {
            for (String source : SOURCES) {
                Money amount = b.bySource().getOrDefault(source, Money.zero(rated.currency()));
                if (!amount.isZero()) {
                    lines.add(deduction(b, source, amount.negate(), plan, version));
                }
            }
        }
        return lines;
    }

    private static InvoiceLine deduction(Billed b, String source, Money amount, String plan, int version) {
        return new InvoiceLine(LineKind.INTERIM_DEDUCTION, DEDUCTION_CODE, Optional.empty(), DEDUCTION_KEY, BigDecimal.ONE, BigDecimal.ZERO,
                List.of(), Optional.empty(), amount, plan, version, b.from(), b.until(),
                Optional.of(new InvoiceLine.Deducted(b.invoiceId(), b.number(), source)));
    }

    /** The deductions, the last ones reduced (or left out) so that with {@code charged} they do not go below zero. */
    private static List<InvoiceLine> capped(List<InvoiceLine> deductions, Money charged) {
        Map<Integer, InvoiceLine> kept = new LinkedHashMap<>();
        for (int i = 0; i < deductions.size(); i++) {
            kept.put(i, deductions.get(i));
        }
        Money sum = deductions.stream().map(InvoiceLine::amount).reduce(charged, Money::plus);
        for (int i = deductions.size() - 1; i >= 0 && sum.isNegative(); i--) {
            InvoiceLine line = deductions.get(i);
            if (!line.amount().isNegative()) {
                continue;
            }
            Money back = line.amount().negate().min(sum.negate());
            sum = sum.plus(back);
            Money reduced = line.amount().plus(back);
            if (reduced.isZero()) {
                kept.remove(i);
            } else {
                kept.put(i, withAmount(line, reduced));
            }
        }
        return List.copyOf(kept.values());
    }

    private static InvoiceLine withAmount(InvoiceLine l, Money amount) {
        return new InvoiceLine(l.kind(), l.componentCode(), l.metric(), l.descriptionKey(), l.quantity(), l.freeAllowanceApplied(), l.tiers(),
                l.unitPrice(), amount, l.planCode(), l.planVersion(), l.from(), l.until(), l.deducts());
    }
}
