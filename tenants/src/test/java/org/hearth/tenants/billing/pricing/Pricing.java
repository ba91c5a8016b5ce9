package org.hearth.tenants.billing.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.kernel.money.Money;

/** Plans built in code for the tests, and a rater with the French operator's VAT table. */
final class Pricing {

    static final Currency EUR = Currency.getInstance("EUR");
    static final BillingPeriod NOVEMBER = BillingPeriod.month(YearMonth.of(2026, 11));
    static final LocalDate JANUARY_FIRST = LocalDate.of(2026, 1, 1);
    static final VatRates VAT = new VatRates("FR", Map.of("FR", new BigDecimal("20"), "DE", new BigDecimal("19"),
            "IT", new BigDecimal("22")));
    static final Customer FRENCH_BUSINESS = Customer.business("FR", "FR40303265045");

    private Pricing() {
    }

    static PlanVersion version(int number, LocalDate from, PriceComponent... components) {
        return new PlanVersion(number, from, EUR, List.of(components), Optional.empty(), Optional.empty(), Map.of());
    }

    static PlanVersion committed(PlanVersion v, String commitment) {
        return new PlanVersion(v.version(), v.effectiveFrom(), v.currency(), v.components(),
                Optional.of(Money.of(commitment, EUR)), v.invoiceThreshold(), v.hardLimits());
    }

    static Plan plan(String code, PlanVersion... versions) {
        return new Plan(code, Map.of("en", code, "fr", code), List.of(versions));
    }

    /** A catalogue of one plan with one version from 1 January holding {@code components}. */
    static PlanCatalogue only(PriceComponent... components) {
        return new PlanCatalogue(List.of(plan("test", version(1, JANUARY_FIRST, components))));
    }

    static InvoiceDraft rateNovember(PlanCatalogue catalogue, List<Usage> usage, List<Transaction> transactions,
            Customer customer) {
        return new Rater(catalogue, VAT).rate(new RatingRequest(
                List.of(new PlanAssignment(catalogue.plans().getFirst().code(), JANUARY_FIRST)), NOVEMBER, usage,
                transactions, customer));
    }

    /** November's draft of a tenant on the one plan of {@code catalogue} all month, using {@code units} of {@code metric} on the 5th. */
    static InvoiceDraft november(PlanCatalogue catalogue, Metric metric, long units) {
        return rateNovember(catalogue, List.of(Usage.on(LocalDate.of(2026, 11, 5), metric, units)), List.of(),
                FRENCH_BUSINESS);
    }

    static Money eur(String amount) {
        return Money.of(amount, EUR);
    }

    static InvoiceLine line(InvoiceDraft draft, String component) {
        return draft.lines().stream().filter(l -> l.componentCode().equals(component) && l.kind() == LineKind.CHARGE)
                .findFirst().orElseThrow(() -> new AssertionError("no line for " + component + " in " + draft.lines()));
    }
}
