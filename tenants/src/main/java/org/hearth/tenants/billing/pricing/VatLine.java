package org.hearth.tenants.billing.pricing;

import java.math.BigDecimal;
import org.hearth.kernel.money.Money;

/** VAT at one rate: the sum of the lines at that rate, the rate in percent, and the VAT rounded half-up once. */
public record VatLine(VatTreatment treatment, String country, BigDecimal ratePercent, Money base, Money vat) {
}
