package org.hearth.tenants.billing.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hearth.tenants.billing.pricing.Pricing.EUR;
import static org.hearth.tenants.billing.pricing.Pricing.FRENCH_BUSINESS;
import static org.hearth.tenants.billing.pricing.Pricing.JANUARY_FIRST;
import static org.hearth.tenants.billing.pricing.Pricing.NOVEMBER;
import static org.hearth.tenants.billing.pricing.Pricing.VAT;
import static org.hearth.tenants.billing.pricing.Pricing.eur;
import static org.hearth.tenants.billing.pricing.Pricing.line;
import static org.hearth.tenants.billing.pricing.Pricing.november;
import static org.hearth.tenants.billing.pricing.Pricing.only;
import static org.hearth.tenants.billing.pricing.Pricing.plan;
import static org.hearth.tenants.billing.pricing.Pricing.version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.hearth.kernel.money.Money;
import org.junit.jupiter.api.Test;

class RaterTest {

    private static final LocalDate NOV_5 = LocalDate.of(2026, 11, 5);
    private static final LocalDate NOV_16 = LocalDate.of(2026, 11, 16);
    private static final LocalDate NOV_20 = LocalDate.of(2026, 11, 20);

    private static InvoiceDraft rate(PlanCatalogue catalogue, List<PlanAssignment> assignments, List<Usage> usage) {
        return new Rater(catalogue, VAT).rate(new RatingRequest(assignments, NOVEMBER, usage, List.of(), FRENCH_BUSINESS));
    }

    private static List<InvoiceLine> kind(InvoiceDraft draft, LineKind kind) {
        return draft.lines().stream().filter(l -> l.kind() == kind).toList();
    }

    @Test
    void aSpendingMinimumTopsAComponentUpWithATrueUpLine() {
        PriceComponent c = PriceComponent.metered("reads", Metric.CONSENTED_READS, new ChargeModel.Standard(new BigDecimal("0.01")))
                .withSpendingMinimum(eur("20.00"));
        InvoiceDraft below = november(only(c), Metric.CONSENTED_READS, 1000);
        assertThat(line(below, "reads").amount()).isEqualTo(eur("10.00"));
        assertThat(kind(below, LineKind.SPENDING_MINIMUM)).singleElement().satisfies(l -> {
            assertThat(l.componentCode()).isEqualTo("reads");
            assertThat(l.amount()).isEqualTo(eur("10.00"));
            assertThat(l.descriptionKey()).isEqualTo("billing.line.true_up.spending_minimum");
        });
        assertThat(below.subtotal()).isEqualTo(eur("20.00"));

        InvoiceDraft above = november(only(c), Metric.CONSENTED_READS, 3000);
        assertThat(kind(above, LineKind.SPENDING_MINIMUM)).isEmpty();
        assertThat(above.subtotal()).isEqualTo(eur("30.00"));
    }

    @Test
    void aMinimumCommitmentTopsThePlanUpWithATrueUpLine() {
        PlanVersion v = Pricing.committed(version(1, JANUARY_FIRST, PriceComponent.subscription("subscription", "100.00"),
                PriceComponent.metered("reads", Metric.CONSENTED_READS, new ChargeModel.Standard(new BigDecimal("0.01")))), "300.00");
        PlanCatalogue catalogue = new PlanCatalogue(List.of(plan("committed", v)));
        InvoiceDraft draft = november(catalogue, Metric.CONSENTED_READS, 5000);
        assertThat(kind(draft, LineKind.MINIMUM_COMMITMENT)).singleElement()
                .satisfies(l -> assertThat(l.amount()).isEqualTo(eur("150.00")));
        assertThat(draft.subtotal()).isEqualTo(eur("300.00"));
        assertThat(kind(november(catalogue, Metric.CONSENTED_READS, 25000), LineKind.MINIMUM_COMMITMENT)).isEmpty();
    }

    @Test
    void aPlanChangeOnThe11thProratesBothSubscriptionsAndTheNewCommitmentByDays() {
        InvoiceDraft draft = rate(PlanDocument.shipped(), List.of(new PlanAssignment("standard", LocalDate.of(2026, 10, 1)),
                new PlanAssignment("enterprise", LocalDate.of(2026, 11, 11))), List.of());
        List<InvoiceLine> subscriptions = draft.lines().stream().filter(l -> l.componentCode().equals("subscription")).toList();
        assertThat(subscriptions).extracting(InvoiceLine::planCode, InvoiceLine::amount, InvoiceLine::from, InvoiceLine::until)
                .containsExactly(
                        tuple("standard", eur("16.33"), NOVEMBER.start(), LocalDate.of(2026, 11, 11)),
                        tuple("enterprise", eur("332.67"), LocalDate.of(2026, 11, 11), NOVEMBER.end()));
        // enterprise's records_delivered has a 50.00 spending minimum: 50.00 × 20 / 30 = 33.33 for no deliveries
        assertThat(kind(draft, LineKind.SPENDING_MINIMUM)).singleElement().satisfies(l -> {
            assertThat(l.componentCode()).isEqualTo("records_delivered");
            assertThat(l.amount()).isEqualTo(eur("33.33"));
        });
        // 1,500.00 × 20 / 30 = 1,000.00 committed for enterprise's 20 days, of which 332.67 + 33.33 billed
        assertThat(kind(draft, LineKind.MINIMUM_COMMITMENT)).singleElement().satisfies(l -> {
            assertThat(l.amount()).isEqualTo(eur("634.00"));
            assertThat(l.planCode()).isEqualTo("enterprise");
        });
        assertThat(draft.subtotal()).isEqualTo(eur("1016.33"));
        assertThat(draft.vatTotal()).isEqualTo(eur("203.27"));
        assertThat(draft.total()).isEqualTo(eur("1219.60"));
    }

    @Test
    void daysBeforeTheFirstAssignmentAreNotBilled() {
        InvoiceDraft draft = rate(PlanDocument.shipped(), List.of(new PlanAssignment("standard", LocalDate.of(2026, 11, 11))), List.of());
        assertThat(line(draft, "subscription").amount()).isEqualTo(eur("32.67"));
    }

    @Test
    void aNewVersionEffectiveMidMonthBillsEachPartWithItsOwnPrices() {
        PlanCatalogue catalogue = new PlanCatalogue(List.of(plan("metered",
                version(1, JANUARY_FIRST, PriceComponent.subscription("subscription", "30.00"),
                        PriceComponent.metered("reads", Metric.CONSENTED_READS, new ChargeModel.Standard(new BigDecimal("0.01")))),
                version(2, NOV_16, PriceComponent.subscription("subscription", "45.00"),
                        PriceComponent.metered("reads", Metric.CONSENTED_READS, new ChargeModel.Standard(new BigDecimal("0.02")))))));
        InvoiceDraft draft = rate(catalogue, List.of(new PlanAssignment("metered", JANUARY_FIRST)),
                List.of(Usage.on(NOV_5, Metric.CONSENTED_READS, 1000), Usage.on(NOV_20, Metric.CONSENTED_READS, 2000)));
        assertThat(draft.lines()).extracting(InvoiceLine::componentCode, InvoiceLine::planVersion, InvoiceLine::amount)
                .containsExactly(
                        tuple("subscription", 1, eur("15.00")),
                        tuple("reads", 1, eur("10.00")),
                        tuple("subscription", 2, eur("22.50")),
                        tuple("reads", 2, eur("40.00")));
        assertThat(draft.subtotal()).isEqualTo(eur("87.50"));
    }

    @Test
    void aPriceChangeContinuesThePeriodsLadderRatherThanStartingItAgain() {
        PlanCatalogue catalogue = new PlanCatalogue(List.of(plan("metered",
                version(1, JANUARY_FIRST, PriceComponent.metered("reads", Metric.CONSENTED_READS,
                        new ChargeModel.Graduated(List.of(Tier.upTo(1000, "0.01"), Tier.above("0.005"))))),
                version(2, NOV_16, PriceComponent.metered("reads", Metric.CONSENTED_READS,
                        new ChargeModel.Graduated(List.of(Tier.upTo(1000, "0.02"), Tier.above("0.01"))))))));
        InvoiceDraft draft = rate(catalogue, List.of(new PlanAssignment("metered", JANUARY_FIRST)),
                List.of(Usage.on(NOV_5, Metric.CONSENTED_READS, 800), Usage.on(NOV_20, Metric.CONSENTED_READS, 800)));
        // version 1: 800 × 0.01; version 2: units 801 to 1,600, so 200 × 0.02 + 600 × 0.01
        assertThat(draft.lines()).extracting(InvoiceLine::amount).containsExactly(eur("8.00"), eur("10.00"));
    }

    @Test
    void aPriceChangeKeepsThePeriodsOneAllowanceWhereAPlanChangeStartsAfresh() {
        PriceComponent reads = PriceComponent.metered("reads", Metric.CONSENTED_READS,
                new ChargeModel.Standard(new BigDecimal("0.01"))).withFreeAllowance(1000);
        List<Usage> usage = List.of(Usage.on(NOV_5, Metric.CONSENTED_READS, 800), Usage.on(NOV_20, Metric.CONSENTED_READS, 800));
        PlanCatalogue versions = new PlanCatalogue(List.of(plan("a", version(1, JANUARY_FIRST, reads), version(2, NOV_16, reads))));
        InvoiceDraft priceChange = rate(versions, List.of(new PlanAssignment("a", JANUARY_FIRST)), usage);
        assertThat(priceChange.lines()).extracting(InvoiceLine::freeAllowanceApplied).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("800"), new BigDecimal("200"));
        assertThat(priceChange.subtotal()).isEqualTo(eur("6.00"));

        PlanCatalogue plans = new PlanCatalogue(List.of(plan("a", version(1, JANUARY_FIRST, reads)), plan("b", version(1, JANUARY_FIRST, reads))));
        InvoiceDraft planChange = rate(plans, List.of(new PlanAssignment("a", JANUARY_FIRST), new PlanAssignment("b", NOV_16)), usage);
        assertThat(planChange.lines()).extracting(InvoiceLine::planCode).containsExactly("a", "b");
        assertThat(planChange.subtotal()).isEqualTo(eur("0.00"));
    }

    @Test
    void usageStraddlingAPriceChangeIsRefusedRatherThanGuessed() {
        PlanCatalogue catalogue = new PlanCatalogue(List.of(plan("metered",
                version(1, JANUARY_FIRST, PriceComponent.subscription("subscription", "30.00")),
                version(2, NOV_16, PriceComponent.subscription("subscription", "45.00")))));
        List<Usage> straddling = List.of(new Usage(Metric.CONSENTED_READS, NOV_5, NOV_20, BigDecimal.TEN));
        assertThatThrownBy(() -> rate(catalogue, List.of(new PlanAssignment("metered", JANUARY_FIRST)), straddling))
                .isInstanceOf(RatingRefused.class).hasMessageContaining("split it by day");
        List<Usage> value = List.of(Usage.on(NOV_5, Metric.TRANSACTION_VALUE, 100));
        assertThatThrownBy(() -> rate(catalogue, List.of(new PlanAssignment("metered", JANUARY_FIRST)), value))
                .isInstanceOf(RatingRefused.class).hasMessageContaining("declared as transactions");
    }

    @Test
    void aTransactionInAnotherCurrencyIsRefused() {
        PriceComponent c = PriceComponent.metered("commission", Metric.TRANSACTION_VALUE, new ChargeModel.Percentage(
                BigDecimal.ONE, BigDecimal.ZERO, Optional.empty(), Optional.empty()));
        List<Transaction> inPounds = List.of(new Transaction(Money.of("10.00", "GBP"), NOV_5));
        assertThatThrownBy(() -> Pricing.rateNovember(only(c), List.of(), inPounds, FRENCH_BUSINESS))
                .isInstanceOf(RatingRefused.class).hasMessageContaining("GBP");
    }

    @Test
    void theSubtotalIsTheSumOfTheRoundedLinesAndTheTotalAddsTheVat() {
        Random random = new Random(11);
        PlanCatalogue shipped = PlanDocument.shipped();
        for (int round = 0; round < 200; round++) {
            List<Usage> usage = new ArrayList<>();
            for (int day = 1; day <= 30; day++) {
                for (Metric m : List.of(Metric.CONSENTED_READS, Metric.RECORDS_SERVED, Metric.RECORDS_DELIVERED,
                        Metric.ACTIVE_AGREEMENT_DAYS, Metric.MEGABYTES_EXCHANGED)) {
                    usage.add(Usage.on(LocalDate.of(2026, 11, day), m, random.nextInt(20_000)));
                }
            }
            List<Transaction> declared = List.of(new Transaction(eur(random.nextInt(100_000) + ".0" + random.nextInt(10)), NOV_20));
            LocalDate change = LocalDate.of(2026, 11, 1 + random.nextInt(30));
            InvoiceDraft draft = new Rater(shipped, VAT).rate(new RatingRequest(List.of(new PlanAssignment("standard", JANUARY_FIRST),
                    new PlanAssignment("enterprise", change)), NOVEMBER, usage, declared, Customer.consumer("IT")));
            Money sum = draft.lines().stream().map(InvoiceLine::amount).reduce(Money.zero(EUR), Money::plus);
            assertThat(draft.subtotal()).isEqualTo(sum);
            assertThat(draft.vat()).singleElement().satisfies(v -> {
                assertThat(v.base()).isEqualTo(sum);
                assertThat(v.vat()).isEqualTo(sum.times(new BigDecimal("0.22"), java.math.RoundingMode.HALF_UP));
            });
            assertThat(draft.total()).isEqualTo(sum.plus(draft.vatTotal()));
        }
    }

    @Test
    void anInterimInvoiceIsDueOnceTheSubtotalReachesThePlansThreshold() {
        PlanCatalogue standard = shippedStandard(PlanDocument.shipped());
        // standard: threshold 1,000.00; 49.00 + reads past the 1,000 free: 10,000 × 0.010, 90,000 × 0.006 + 20.00, then 0.003
        InvoiceDraft under = november(standard, Metric.CONSENTED_READS, 197_990);
        assertThat(under.subtotal()).isEqualTo(eur("999.97"));
        assertThat(Rater.thresholdReached(under)).isFalse();
        InvoiceDraft reached = november(standard, Metric.CONSENTED_READS, 198_000);
        assertThat(reached.subtotal()).isEqualTo(eur("1000.00"));
        assertThat(Rater.thresholdReached(reached)).isTrue();
        assertThat(Rater.thresholdReached(november(only(), Metric.CONSENTED_READS, 1_000_000))).isFalse();
    }

    private static PlanCatalogue shippedStandard(PlanCatalogue shipped) {
        return new PlanCatalogue(List.of(shipped.plan("standard").orElseThrow()));
    }
}
