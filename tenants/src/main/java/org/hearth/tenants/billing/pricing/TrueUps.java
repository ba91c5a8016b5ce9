package org.hearth.tenants.billing.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.kernel.money.Money;

/**
 * True-up lines for one run of a plan: a component's spending minimum and the plan's minimum
 * commitment, each prorated by the days of each version that has it, compared with the rounded
 * lines they cover; the difference, when positive, is rounded half-up once.
 */
final class TrueUps {

    private TrueUps() {
    }

    static List<InvoiceLine> spendingMinimums(List<Segment> run, List<InvoiceLine> charges, long periodDays) {
        Map<String, BigDecimal> minimumDays = new LinkedHashMap<>();
        Map<String, Segment> lastWith = new LinkedHashMap<>();
        Map<String, PriceComponent> component = new LinkedHashMap<>();
        for (Segment s : run) {
            for (PriceComponent c : s.version().components()) {
                c.spendingMinimum().ifPresent(m -> {
                    minimumDays.merge(c.code(), m.amount().multiply(BigDecimal.valueOf(s.days())), BigDecimal::add);
                    lastWith.put(c.code(), s);
                    component.put(c.code(), c);
                });
            }
        }
        List<InvoiceLine> lines = new ArrayList<>();
        minimumDays.forEach((code, weighted) -> {
            BigDecimal billed = charges.stream().filter(l -> l.componentCode().equals(code))
                    .map(l -> l.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            Segment last = lastWith.get(code);
            PriceComponent c = component.get(code);
            shortfall(weighted, billed, periodDays, last.version().currency()).ifPresent(amount -> lines.add(
                    line(LineKind.SPENDING_MINIMUM, code, c.metric(), amount, run, last)));
        });
        return lines;
    }

    static Optional<InvoiceLine> commitment(List<Segment> run, List<InvoiceLine> lines, long periodDays) {
        BigDecimal weighted = BigDecimal.ZERO;
        Segment last = null;
        for (Segment s : run) {
            if (s.version().minimumCommitment().isPresent()) {
                weighted = weighted.add(s.version().minimumCommitment().get().amount().multiply(BigDecimal.valueOf(s.days())));
                last = s;
            }
        }
        if (last == null) {
            return Optional.empty();
        }
        BigDecimal billed = lines.stream().map(l -> l.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        Segment version = last;
        return shortfall(weighted, billed, periodDays, last.version().currency())
                .map(amount -> line(LineKind.MINIMUM_COMMITMENT, "minimum_commitment", Optional.empty(), amount, run, version));
    }

    /** {@code weighted / periodDays - billed}, rounded half-up once, when it is above zero. */
    private static Optional<Money> shortfall(BigDecimal weighted, BigDecimal billed, long periodDays, Currency currency) {
        BigDecimal days = BigDecimal.valueOf(periodDays);
        BigDecimal exact = weighted.subtract(billed.multiply(days))
                .divide(days, Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.HALF_UP);
        return exact.signum() > 0 ? Optional.of(new Money(exact, currency)) : Optional.empty();
    }

    private static InvoiceLine line(LineKind kind, String code, Optional<Metric> metric, Money amount, List<Segment> run,
            Segment version) {
        String key = kind == LineKind.SPENDING_MINIMUM ? "billing.line.true_up.spending_minimum"
                : "billing.line.true_up.minimum_commitment";
        return new InvoiceLine(kind, code, metric, key, BigDecimal.ONE, BigDecimal.ZERO, List.of(), Optional.empty(),
                amount, version.planCode(), version.version().version(), run.getFirst().from(), run.getLast().until());
    }
}
