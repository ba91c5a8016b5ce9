package org.hearth.tenants.billing.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.hearth.kernel.money.Money;

/**
 * Rates one tenant's period into an {@link InvoiceDraft}: a charge line per component per plan
 * version in force, true-up lines, the subtotal, VAT and the total. Pure: no clock, no database;
 * the same request always gives the same draft.
 */
public final class Rater {

    private final Supplier<PlanCatalogue> catalogues;
    private final VatRates vatRates;

    public Rater(PlanCatalogue catalogue, VatRates vatRates) {
        this(constant(Objects.requireNonNull(catalogue, "catalogue")), vatRates);
    }

    /**
     * A rater that takes the catalogue as it is when each request is rated (the plans operators
     * edit), not as it was when the rater was made. Still pure: the catalogue is an input.
     */
    public Rater(Supplier<PlanCatalogue> catalogues, VatRates vatRates) {
        this.catalogues = Objects.requireNonNull(catalogues, "catalogues");
        this.vatRates = Objects.requireNonNull(vatRates, "vatRates");
    }

    private static Supplier<PlanCatalogue> constant(PlanCatalogue catalogue) {
        return () -> catalogue;
    }

    /** The VAT rates this engine charges, for the drafts {@link InterimBilling} amends. */
    public VatRates vatRates() {
        return vatRates;
    }

    public InvoiceDraft rate(RatingRequest request) {
        PlanCatalogue catalogue = catalogues.get();
        BillingPeriod period = request.period();
        List<List<Segment>> runs = Segments.runs(catalogue, request.assignments(), period);
        if (runs.isEmpty()) {
            throw new RatingRefused("no plan applies to the tenant in [" + period.start() + ", " + period.end() + ")");
        }
        Currency currency = currencyOf(runs);
        List<Segment> all = runs.stream().flatMap(List::stream).toList();
        checkUsage(request, all);
        checkTransactions(request, all, currency);
        List<InvoiceLine> lines = new ArrayList<>();
        for (List<Segment> run : runs) {
            List<InvoiceLine> runLines = chargeLines(run, request, period.days());
            runLines.addAll(TrueUps.spendingMinimums(run, runLines, period.days()));
            TrueUps.commitment(run, runLines, period.days()).ifPresent(runLines::add);
            lines.addAll(runLines);
        }
        Money subtotal = lines.stream().map(InvoiceLine::amount).reduce(Money.zero(currency), Money::plus);
        List<VatLine> vat = vatRates.vatOn(subtotal, request.customer());
        Money vatTotal = vat.stream().map(VatLine::vat).reduce(Money.zero(currency), Money::plus);
        return new InvoiceDraft(currency, period, lines, subtotal, vat, vatTotal, subtotal.plus(vatTotal),
                all.getLast().version().invoiceThreshold());
    }

    /** Whether a draft's amount (before VAT) has reached its plan's threshold for an interim invoice. */
    public static boolean thresholdReached(InvoiceDraft draft) {
        return draft.invoiceThreshold().map(t -> draft.subtotal().compareTo(t) >= 0).orElse(false);
    }

    private List<InvoiceLine> chargeLines(List<Segment> run, RatingRequest request, long periodDays) {
        Map<String, BigDecimal> usedBefore = new HashMap<>();
        Map<String, BigDecimal> runTotals = new HashMap<>();
        Map<String, Segment> lastWith = new HashMap<>();
        for (Segment s : run) {
            for (PriceComponent c : s.version().components()) {
                c.metric().ifPresent(m -> runTotals.merge(c.code(), used(request.usage(), s, m), BigDecimal::add));
                lastWith.put(c.code(), s);
            }
        }
        List<InvoiceLine> lines = new ArrayList<>();
        for (Segment s : run) {
            for (PriceComponent c : s.version().components()) {
                Charges.Charge charge = switch (c.model()) {
                    case ChargeModel.Subscription sub -> Charges.subscription(sub, s.days(), periodDays);
                    case ChargeModel.Percentage pc -> Charges.percentage(pc,
                            request.transactions().stream().filter(t -> s.contains(t.date())).toList());
                    default -> {
                        BigDecimal raw = used(request.usage(), s, c.metric().orElseThrow());
                        BigDecimal before = usedBefore.getOrDefault(c.code(), BigDecimal.ZERO);
                        usedBefore.put(c.code(), before.add(raw));
                        yield Charges.metered(c.model(), c.freeAllowance(),
                                new Charges.Position(before, raw, runTotals.get(c.code()), lastWith.get(c.code()) == s));
                    }
                };
                lines.add(new InvoiceLine(LineKind.CHARGE, c.code(), c.metric(), c.descriptionKey(), charge.quantity(),
                        charge.free(), charge.tiers(), charge.unitPrice(), rounded(charge.exact(), s.version().currency()),
                        s.planCode(), s.version().version(), s.from(), s.until()));
            }
        }
        return lines;
    }

    /** {@code exact} to the currency's minor unit, half-up: the one rounding a line gets. */
    static Money rounded(BigDecimal exact, Currency currency) {
        return new Money(exact.setScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.HALF_UP), currency);
    }

    private static BigDecimal used(List<Usage> usage, Segment s, Metric metric) {
        return usage.stream().filter(u -> u.metric() == metric && s.covers(u))
                .map(Usage::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Currency currencyOf(List<List<Segment>> runs) {
        List<Currency> currencies = runs.stream().flatMap(List::stream).map(s -> s.version().currency()).distinct().toList();
        if (currencies.size() > 1) {
            throw new RatingRefused("the plans in force in one period bill in more than one currency: " + currencies);
        }
        return currencies.getFirst();
    }

    private static void checkUsage(RatingRequest request, List<Segment> segments) {
        for (Usage u : request.usage()) {
            if (u.metric() == Metric.TRANSACTION_VALUE) {
                throw new RatingRefused("transaction_value is declared as transactions, not as usage");
            }
            Optional<Segment> home = segments.stream().filter(s -> s.covers(u)).findFirst();
            if (home.isEmpty()) {
                throw new RatingRefused(u.metric().code() + " used over [" + u.from() + ", " + u.until()
                        + ") is not within one plan version's days of the period; split it by day");
            }
        }
    }

    private static void checkTransactions(RatingRequest request, List<Segment> segments, Currency currency) {
        for (Transaction t : request.transactions()) {
            if (segments.stream().noneMatch(s -> s.contains(t.date()))) {
                throw new RatingRefused("a transaction of " + t.date() + " is outside the period's days on a plan");
            }
            if (!t.value().currency().equals(currency)) {
                throw new RatingRefused("a transaction in " + t.value().currency() + " cannot be rated in " + currency);
            }
        }
    }
}
