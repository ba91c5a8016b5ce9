package org.hearth.tenants.billing.invoices;

import java.util.List;
import java.util.UUID;
import org.hearth.tenants.billing.pricing.BillingPeriod;
import org.hearth.tenants.billing.pricing.Usage;
import org.jooq.DSLContext;

/**
 * A tenant's active agreement-days in a period, one {@link Usage} per day, read in the closing
 * transaction {@code tx} (so the invoice rates what that transaction sees). Metering implements it.
 */
public interface AgreementDays {

    List<Usage> perDay(DSLContext tx, UUID tenantId, BillingPeriod period);
}
