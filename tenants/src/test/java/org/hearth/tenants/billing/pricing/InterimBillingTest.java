package org.hearth.tenants.billing.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.tenants.billing.pricing.Pricing.FRENCH_BUSINESS;
import static org.hearth.tenants.billing.pricing.Pricing.JANUARY_FIRST;
import static org.hearth.tenants.billing.pricing.Pricing.NOVEMBER;
import static org.hearth.tenants.billing.pricing.Pricing.VAT;
import static org.hearth.tenants.billing.pricing.Pricing.committed;
import static org.hearth.tenants.billing.pricing.Pricing.eur;
import static org.hearth.tenants.billing.pricing.Pricing.plan;
import static org.hearth.tenants.billing.pricing.Pricing.version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.kernel.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Threshold invoicing on the shipped standard plan (threshold 1,000.00; 49.00 a month; reads past
 * 1,000 free at 0.010 up to 10,000, then 0.006 and a 20.00 band fee up to 100,000, then 0.003):
 * exact amounts of interim invoices and of the closing invoice that deducts them.
 */
class InterimBillingTest {

    private static final PlanCatalogue STANDARD = new PlanCatalogue(List.of(PlanDocument.shipped().plan("standard").orElseThrow()));
    private static final InterimBilling INTERIM = new InterimBilling(VAT);
    private static final Customer GERMAN_BUSINESS = Customer.business("DE", "DE123456789");
    private static final UUID FIRST = UUID.fromString("00000000-0000-7000-8000-000000000001");
    private static final UUID SECOND = UUID.fromString("00000000-0000-7000-8000-000000000002");

    /** November rated whole with {@code reads} consented reads so far, as the close and the estimate rate it. */
    private static InvoiceDraft rated(PlanCatalogue catalogue, long reads, Customer customer) {
        return new Rater(catalogue, VAT).rate(new RatingRequest(List.of(new PlanAssignment(catalogue.plans().getFirst().code(), JANUARY_FIRST)),
                NOVEMBER, List.of(Usage.on(LocalDate.of(2026, 11, 5), Metric.CONSENTED_READS, reads)), List.of(), customer));
    }

    private static BillingPeriod until(int day) {
        return new BillingPeriod(NOVEMBER.start(), LocalDate.of(2026, 11, day + 1));
    }

    /** What an issued draft bills per source, as the invoice repository reads it back. */
    private static InterimBilling.Billed billed(UUID id, String number, InvoiceDraft draft) {
        Money subscriptions = eur("0.00");
        Money usage = eur("0.00");
        for (InvoiceLine l : draft.lines()) {
            String source = l.deducts().map(InvoiceLine.Deducted::source)
                    .orElse(l.kind() == LineKind.CHARGE && l.metric().isEmpty() ? "subscriptions" : "usage_fees");
            if (source.equals("subscriptions")) {
                subscriptions = subscriptions.plus(l.amount());
            } else {
                usage = usage.plus(l.amount());
            }
        }
        return new InterimBilling.Billed(id, number, draft.period().start(), draft.period().end(),
                Map.of("subscriptions", subscriptions, "usage_fees", usage, "commissions", eur("0.00")));
    }

    /** The draft's lines but the charges of nothing (every component of the plan has one). */
    private static List<String> lines(InvoiceDraft draft) {
        return draft.lines().stream().filter(l -> !l.amount().isZero()).map(l -> l.kind() + " " + l.deducts().map(d -> d.number() + "/" + d.source() + " ").orElse("")
                + l.amount().amount().toPlainString()).toList();
    }

    @Test
    void theAmountNotYetInvoicedReachingTheThresholdCallsForAnInterimInvoice() {
        // 197,990 reads: 49.00 + 100.00 + 560.00 + 96,990 × 0.003 = 290.97 -> 999.97, a cent short.
        assertThat(InterimBilling.notYetInvoiced(rated(STANDARD, 197_990, FRENCH_BUSINESS), List.of())).isEqualTo(eur("999.97"));
        assertThat(InterimBilling.due(rated(STANDARD, 197_990, FRENCH_BUSINESS), List.of())).isFalse();
        assertThat(InterimBilling.due(rated(STANDARD, 198_000, FRENCH_BUSINESS), List.of())).isTrue();
        // A plan without a threshold never calls for one, however much is used.
        PlanCatalogue noThreshold = new PlanCatalogue(List.of(plan("flat", version(1, JANUARY_FIRST,
                PriceComponent.metered("reads", Metric.CONSENTED_READS, new ChargeModel.Standard(new BigDecimal("1.00")))))));
        assertThat(InterimBilling.due(rated(noThreshold, 1_000_000, FRENCH_BUSINESS), List.of())).isFalse();
    }

    @Test
    void theFirstInterimInvoiceBillsThePeriodSoFarAcrossTheGraduatedTiersWithVat() {
        // 198,000 reads by the 10th: 197,000 past the allowance, 10,000 × 0.010 + 90,000 × 0.006 + 20.00 + 97,000 × 0.003 = 951.00.
        InvoiceDraft first = INTERIM.interim(rated(STANDARD, 198_000, FRENCH_BUSINESS), until(10), List.of(), FRENCH_BUSINESS);

        assertThat(first.period()).isEqualTo(new BillingPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 11)));
        assertThat(lines(first)).containsExactly("CHARGE 49.00", "CHARGE 951.00");
        assertThat(first.lines().get(1).tiers()).extracting(t -> t.amount().toPlainString()).containsExactly("100.000", "560.000", "291.000");
        assertThat(first.subtotal()).isEqualTo(eur("1000.00"));
        assertThat(first.vat()).singleElement().satisfies(v -> {
            assertThat(v.treatment()).isEqualTo(VatTreatment.STANDARD);
            assertThat(v.vat()).isEqualTo(eur("200.00"));
        });
        assertThat(first.total()).isEqualTo(eur("1200.00"));
    }

    @Test
    void aSecondInterimInvoiceDeductsTheFirstAndTheClosingInvoiceDeductsBothSoTheMonthIsBilledOnce() {
        InvoiceDraft first = INTERIM.interim(rated(STANDARD, 198_000, FRENCH_BUSINESS), until(10), List.of(), FRENCH_BUSINESS);
        InterimBilling.Billed he12 = billed(FIRST, "HE-2026-000012", first);

        // By the 20th, 400,000 reads: 49.00 + 100.00 + 560.00 + 299,000 × 0.003 = 1,606.00; 606.00 not yet invoiced is under 1,000.00.
        assertThat(InterimBilling.notYetInvoiced(rated(STANDARD, 400_000, FRENCH_BUSINESS), List.of(he12))).isEqualTo(eur("606.00"));
        assertThat(InterimBilling.due(rated(STANDARD, 400_000, FRENCH_BUSINESS), List.of(he12))).isFalse();

        // By the 25th, 600,000 reads: 49.00 + 2,157.00 = 2,206.00, less 1,000.00 billed = 1,206.00.
        InvoiceDraft ptd = rated(STANDARD, 600_000, FRENCH_BUSINESS);
        assertThat(InterimBilling.due(ptd, List.of(he12))).isTrue();
        InvoiceDraft second = INTERIM.interim(ptd, until(25), List.of(he12), FRENCH_BUSINESS);
        assertThat(lines(second)).containsExactly("CHARGE 49.00", "CHARGE 2157.00",
                "INTERIM_DEDUCTION HE-2026-000012/subscriptions -49.00", "INTERIM_DEDUCTION HE-2026-000012/usage_fees -951.00");
        assertThat(second.subtotal()).isEqualTo(eur("1206.00"));
        assertThat(second.vatTotal()).isEqualTo(eur("241.20"));
        assertThat(second.total()).isEqualTo(eur("1447.20"));
        InvoiceLine deduction = second.lines().stream().filter(l -> l.kind() == LineKind.INTERIM_DEDUCTION).findFirst().orElseThrow();
        assertThat(deduction.descriptionKey()).isEqualTo("billing.line.interim_deduction");
        assertThat(deduction.from()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(deduction.until()).isEqualTo(LocalDate.of(2026, 11, 11));
        InterimBilling.Billed he13 = billed(SECOND, "HE-2026-000013", second);

        // The month: 700,000 reads, 49.00 + 2,457.00 = 2,506.00; less 1,000.00 and 1,206.00 = 300.00.
        InvoiceDraft closing = INTERIM.closing(rated(STANDARD, 700_000, FRENCH_BUSINESS), List.of(he12, he13), FRENCH_BUSINESS);
        assertThat(lines(closing)).containsExactly("CHARGE 49.00", "CHARGE 2457.00",
                "INTERIM_DEDUCTION HE-2026-000012/subscriptions -49.00", "INTERIM_DEDUCTION HE-2026-000012/usage_fees -951.00",
                "INTERIM_DEDUCTION HE-2026-000013/usage_fees -1206.00");
        assertThat(closing.period()).isEqualTo(NOVEMBER);
        assertThat(closing.subtotal()).isEqualTo(eur("300.00"));
        assertThat(closing.vatTotal()).isEqualTo(eur("60.00"));
        assertThat(closing.total()).isEqualTo(eur("360.00"));
        // Billed once: the three invoices' subtotals are the month's amount.
        assertThat(first.subtotal().plus(second.subtotal()).plus(closing.subtotal())).isEqualTo(eur("2506.00"));
    }

    @Test
    void anEuBusinessWithAVatNumberIsReverseChargedOnInterimAndClosingInvoices() {
        InvoiceDraft first = INTERIM.interim(rated(STANDARD, 198_000, GERMAN_BUSINESS), until(10), List.of(), GERMAN_BUSINESS);
        assertThat(first.vat()).singleElement().satisfies(v -> {
            assertThat(v.treatment()).isEqualTo(VatTreatment.REVERSE_CHARGE);
            assertThat(v.country()).isEqualTo("DE");
            assertThat(v.vat()).isEqualTo(eur("0.00"));
        });
        assertThat(first.total()).isEqualTo(eur("1000.00"));

        InvoiceDraft closing = INTERIM.closing(rated(STANDARD, 250_000, GERMAN_BUSINESS), List.of(billed(FIRST, "HE-2026-000001", first)),
                GERMAN_BUSINESS);
        // 49.00 + 100.00 + 560.00 + 149,000 × 0.003 = 1,156.00, less 1,000.00.
        assertThat(closing.subtotal()).isEqualTo(eur("156.00"));
        assertThat(closing.vat()).singleElement().satisfies(v -> assertThat(v.treatment()).isEqualTo(VatTreatment.REVERSE_CHARGE));
        assertThat(closing.total()).isEqualTo(eur("156.00"));
    }

    @Test
    void aMinimumCommitmentIsTrueUpOnlyOnTheClosingInvoice() {
        PlanVersion v = committed(version(1, JANUARY_FIRST,
                PriceComponent.metered("reads", Metric.CONSENTED_READS, new ChargeModel.Standard(new BigDecimal("0.01")))), "1500.00");
        PlanCatalogue catalogue = new PlanCatalogue(List.of(plan("committed", new PlanVersion(v.version(), v.effectiveFrom(), v.currency(),
                v.components(), v.minimumCommitment(), Optional.of(eur("100.00")), v.hardLimits()))));

        InvoiceDraft ptd = rated(catalogue, 12_000, FRENCH_BUSINESS);
        // The whole-period draft carries the commitment's top-up; the interim invoice leaves it to the close.
        assertThat(ptd.lines()).extracting(InvoiceLine::kind).contains(LineKind.MINIMUM_COMMITMENT);
        assertThat(InterimBilling.due(ptd, List.of())).isTrue();
        InvoiceDraft interim = INTERIM.interim(ptd, until(12), List.of(), FRENCH_BUSINESS);
        assertThat(lines(interim)).containsExactly("CHARGE 120.00");
        assertThat(interim.total()).isEqualTo(eur("144.00"));

        InvoiceDraft closing = INTERIM.closing(rated(catalogue, 20_000, FRENCH_BUSINESS), List.of(billed(FIRST, "HE-2026-000003", interim)),
                FRENCH_BUSINESS);
        assertThat(lines(closing)).containsExactly("CHARGE 200.00", "MINIMUM_COMMITMENT 1300.00",
                "INTERIM_DEDUCTION HE-2026-000003/usage_fees -120.00");
        assertThat(closing.subtotal()).isEqualTo(eur("1380.00"));
        assertThat(closing.total()).isEqualTo(eur("1656.00"));
    }

    @Test
    void deductionsBeyondThePeriodsAmountAreCutSoTheClosingInvoiceIsZeroNotNegative() {
        InvoiceDraft whole = rated(STANDARD, 0, FRENCH_BUSINESS);
        assertThat(whole.subtotal()).isEqualTo(eur("49.00"));
        // An interim invoice that billed 60.00 of subscription and 40.00 of usage (the period re-rated lower since).
        InterimBilling.Billed over = new InterimBilling.Billed(FIRST, "HE-2026-000004", NOVEMBER.start(), LocalDate.of(2026, 11, 11),
                Map.of("subscriptions", eur("60.00"), "usage_fees", eur("40.00")));

        InvoiceDraft closing = INTERIM.closing(whole, List.of(over), FRENCH_BUSINESS);

        // The last deduction goes first: usage's -40.00 goes whole, then subscriptions' -60.00 is cut to -49.00.
        assertThat(lines(closing)).containsExactly("CHARGE 49.00", "INTERIM_DEDUCTION HE-2026-000004/subscriptions -49.00");
        assertThat(closing.subtotal()).isEqualTo(eur("0.00"));
        assertThat(closing.total()).isEqualTo(eur("0.00"));
    }

    @Test
    void aPeriodWithoutInterimInvoicesClosesExactlyAsRated() {
        InvoiceDraft whole = rated(STANDARD, 5_000, FRENCH_BUSINESS);
        assertThat(INTERIM.closing(whole, List.of(), FRENCH_BUSINESS)).isEqualTo(whole);
    }
}
