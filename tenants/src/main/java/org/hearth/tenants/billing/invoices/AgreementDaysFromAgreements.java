package org.hearth.tenants.billing.invoices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.datastore.TenantAgreements;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.TenantGuard;
import org.hearth.tenants.billing.pricing.BillingPeriod;
import org.hearth.tenants.billing.pricing.Metric;
import org.hearth.tenants.billing.pricing.Usage;
import org.jooq.DSLContext;

/**
 * A tenant's active agreement-days per day of a period, computed by datastore from its agreements'
 * grant, revocation and expiry times (prorated to the second), the way metering's usage estimate
 * computes them. Read under the tenant's scope, in datastore's own read: a closed period's
 * agreement history no longer changes (a later revocation starts after the period ended), so the
 * closing transaction and this read see the same days.
 */
final class AgreementDaysFromAgreements implements AgreementDays {

    private static final Actor JOB = Actor.system("billing.close");

    private final TenantAgreements agreements;

    AgreementDaysFromAgreements(TenantAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public List<Usage> perDay(DSLContext tx, UUID tenantId, BillingPeriod period) {
        var scope = TenantGuard.forJob(JOB, tenantId);
        // One read for the month (not one per day): the close asks this of every tenant.
        List<BigDecimal> perDay = agreements.activeAgreementDaysPerDay(scope, period.start(), period.end());
        List<Usage> days = new ArrayList<>();
        LocalDate day = period.start();
        for (BigDecimal quantity : perDay) {
            if (quantity.signum() > 0) {
                days.add(new Usage(Metric.ACTIVE_AGREEMENT_DAYS, day, day.plusDays(1), quantity));
            }
            day = day.plusDays(1);
        }
        return days;
    }
}
