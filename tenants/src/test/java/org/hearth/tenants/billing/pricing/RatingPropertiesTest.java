package org.hearth.tenants.billing.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.tenants.billing.pricing.Pricing.EUR;
import static org.hearth.tenants.billing.pricing.Pricing.JANUARY_FIRST;
import static org.hearth.tenants.billing.pricing.Pricing.NOVEMBER;
import static org.hearth.tenants.billing.pricing.Pricing.VAT;
import static org.hearth.tenants.billing.pricing.Pricing.line;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.hearth.kernel.money.Money;

/** Invariants of rating, over generated usage on the shipped plans. */
class RatingPropertiesTest {

    private static final PlanCatalogue SHIPPED = PlanDocument.shipped();
    private static final List<Metric> METERED = List.of(Metric.CONSENTED_READS, Metric.RECORDS_SERVED,
            Metric.RECORDS_DELIVERED, Metric.ACTIVE_AGREEMENT_DAYS, Metric.MEGABYTES_EXCHANGED);

    @Provide
    Arbitrary<Customer> customers() {
        return Arbitraries.of(Customer.consumer("FR"), Customer.consumer("DE"), Customer.business("DE", "DE136695976"),
                Customer.business("GB", "GB980780684"), Customer.consumer("IT"));
    }

    @Property(tries = 200)
    void theTotalIsTheSumOfTheRoundedLinesPlusTheVatOnTheirSum(
            @ForAll @Size(150) List<@IntRange(max = 50_000) Integer> daily,
            @ForAll @IntRange(min = 1, max = 30) int changeDay,
            @ForAll @Size(max = 5) List<@LongRange(max = 1_000_000) Long> transactionCents,
            @ForAll("customers") Customer customer) {
        List<Usage> usage = new ArrayList<>();
        for (int i = 0; i < daily.size(); i++) {
            usage.add(Usage.on(NOVEMBER.start().plusDays(i / METERED.size()), METERED.get(i % METERED.size()), daily.get(i)));
        }
        List<Transaction> declared = transactionCents.stream()
                .map(c -> new Transaction(new Money(BigDecimal.valueOf(c, 2), EUR), LocalDate.of(2026, 11, 15))).toList();
        InvoiceDraft draft = new Rater(SHIPPED, VAT).rate(new RatingRequest(List.of(new PlanAssignment("standard", JANUARY_FIRST),
                new PlanAssignment("enterprise", LocalDate.of(2026, 11, changeDay))), NOVEMBER, usage, declared, customer));

        Money lines = draft.lines().stream().map(InvoiceLine::amount).reduce(Money.zero(EUR), Money::plus);
        assertThat(draft.subtotal()).isEqualTo(lines);
        assertThat(draft.vat().stream().map(VatLine::base).reduce(Money.zero(EUR), Money::plus)).isEqualTo(lines);
        assertThat(draft.total()).isEqualTo(lines.plus(draft.vatTotal()));
        assertThat(draft.lines()).allSatisfy(l -> assertThat(l.amount().isNegative()).isFalse());
    }

    @Property(tries = 300)
    void aGraduatedPriceNeverFallsAsTheQuantityGrows(@ForAll @LongRange(max = 2_000_000) long fewer,
            @ForAll @LongRange(max = 2_000_000) long more) {
        PlanCatalogue standard = new PlanCatalogue(List.of(SHIPPED.plan("standard").orElseThrow()));
        long low = Math.min(fewer, more);
        long high = Math.max(fewer, more);
        Money atLow = line(Pricing.november(standard, Metric.CONSENTED_READS, low), "consented_reads").amount();
        Money atHigh = line(Pricing.november(standard, Metric.CONSENTED_READS, high), "consented_reads").amount();
        assertThat(atHigh).isGreaterThanOrEqualTo(atLow);
    }

    @Property(tries = 200)
    void spreadingTheSameUsageOverTheMonthBillsTheSameAsOneDay(@ForAll @Size(min = 1, max = 30) List<@IntRange(max = 20_000) Integer> days) {
        PlanCatalogue standard = new PlanCatalogue(List.of(SHIPPED.plan("standard").orElseThrow()));
        List<Usage> spread = new ArrayList<>();
        long sum = 0;
        for (int i = 0; i < days.size(); i++) {
            spread.add(Usage.on(NOVEMBER.start().plusDays(i), Metric.CONSENTED_READS, days.get(i)));
            sum += days.get(i);
        }
        InvoiceDraft byDay = Pricing.rateNovember(standard, spread, List.of(), Pricing.FRENCH_BUSINESS);
        assertThat(line(byDay, "consented_reads").amount())
                .isEqualTo(line(Pricing.november(standard, Metric.CONSENTED_READS, sum), "consented_reads").amount());
    }
}
