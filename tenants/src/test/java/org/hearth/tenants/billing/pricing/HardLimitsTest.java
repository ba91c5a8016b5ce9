package org.hearth.tenants.billing.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HardLimitsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private final HardLimits limits = new HardLimits(PlanDocument.shipped());

    @Test
    void theSandboxAllowsReadsUpToItsLimit() {
        assertThat(limits.oneMore("sandbox", DAY, Map.of(Metric.CONSENTED_READS, new BigDecimal("999")), Metric.CONSENTED_READS))
                .isInstanceOf(HardLimits.Allowed.class);
        assertThat(limits.oneMore("sandbox", DAY, Map.of(), Metric.CONSENTED_READS)).isInstanceOf(HardLimits.Allowed.class);
    }

    @Test
    void theSandboxRefusesTheReadPastItsLimitAndNamesThePlanThatLiftsIt() {
        assertThat(limits.oneMore("sandbox", DAY, Map.of(Metric.CONSENTED_READS, new BigDecimal("1000")), Metric.CONSENTED_READS))
                .isEqualTo(new HardLimits.Refused(Metric.CONSENTED_READS, new BigDecimal("1000"), Optional.of("standard")));
    }

    @Test
    void aMetricWithoutALimitIsNeverRefused() {
        assertThat(limits.oneMore("sandbox", DAY, Map.of(Metric.RECORDS_SERVED, new BigDecimal("1000000")), Metric.RECORDS_SERVED))
                .isInstanceOf(HardLimits.Allowed.class);
        assertThat(limits.oneMore("standard", DAY, Map.of(Metric.CONSENTED_READS, new BigDecimal("10000000")), Metric.CONSENTED_READS))
                .isInstanceOf(HardLimits.Allowed.class);
    }

    @Test
    void aLimitNoPlanLiftsNamesNone() {
        PlanVersion capped = new PlanVersion(1, LocalDate.of(2026, 1, 1), java.util.Currency.getInstance("EUR"), java.util.List.of(),
                Optional.empty(), Optional.empty(), Map.of(Metric.RECORDS_DELIVERED, BigDecimal.TEN));
        HardLimits only = new HardLimits(new PlanCatalogue(java.util.List.of(Pricing.plan("capped", capped))));
        assertThat(only.oneMore("capped", DAY, Map.of(Metric.RECORDS_DELIVERED, BigDecimal.TEN), Metric.RECORDS_DELIVERED))
                .isEqualTo(new HardLimits.Refused(Metric.RECORDS_DELIVERED, BigDecimal.TEN, Optional.empty()));
    }
}
