/**
 * Pricing and rating: plans as data and the pure function from a tenant's period to a draft
 * invoice. No database, no HTTP, no clock: dates come in, records go out, so the running
 * estimate, the period close and the tests all rate the same way.
 *
 * <p>The model: a {@link org.hearth.tenants.billing.pricing.Plan} has
 * {@link org.hearth.tenants.billing.pricing.PlanVersion}s, each in force from its date; a version
 * has {@link org.hearth.tenants.billing.pricing.PriceComponent}s, each a subscription or one
 * {@link org.hearth.tenants.billing.pricing.Metric} with a
 * {@link org.hearth.tenants.billing.pricing.ChargeModel} (standard, graduated, volume, package,
 * percentage), a free allowance and a spending minimum; and the version's minimum commitment,
 * interim-invoice threshold and hard limits. {@link org.hearth.tenants.billing.pricing.PlanDocument}
 * reads them from JSON ({@code billing/plans.json} is what ships) and refuses a bad document with a
 * {@link org.hearth.tenants.billing.pricing.PlanInvalid} naming the field.
 *
 * <p>Rating ({@link org.hearth.tenants.billing.pricing.Rater}):
 * <ul>
 *   <li><b>Parts.</b> The period {@code [start, end)} is cut into runs of days on one plan (a plan
 *   change starts a new run, like a new subscription) and each run into segments of one version.
 *   Each segment bills with its own prices; days before the first assignment are not billed.
 *   Usage comes per day or per range, and a range may not straddle a segment.</li>
 *   <li><b>Ladders.</b> Within a run the free allowance and the tiers are the period's: a segment's
 *   units continue where the earlier segments stopped (a price change mid-month does not hand out a
 *   second allowance). A graduated band's flat fee is due once, in the segment where its first
 *   unit falls; a volume band is chosen by the run's total and its flat fee is billed with the
 *   run's last segment.</li>
 *   <li><b>Proration.</b> Subscription fees, spending minimums and minimum commitments are
 *   prorated by days: amount × days the version applies / days in the period. Allowances and tiers
 *   are units and are not prorated.</li>
 *   <li><b>True-ups.</b> A spending minimum compares the component's rounded lines in the run with
 *   its prorated minimum; a commitment compares all the run's lines (subscription, usage, spending
 *   true-ups) with its prorated commitment. A positive difference is a true-up line.</li>
 *   <li><b>Rounding.</b> Prices may have more decimals than the currency; every line is computed
 *   exactly and rounded to the currency's minor unit half-up once (per-transaction minimums and
 *   maximums of the percentage model apply to exact amounts). The subtotal is the sum of the
 *   rounded lines; VAT is computed per rate on the sum of the lines at that rate and rounded
 *   half-up; the total is the subtotal plus VAT.</li>
 *   <li><b>VAT</b> ({@link org.hearth.tenants.billing.pricing.VatRates}): the operator's rate for a
 *   customer in the operator's country; reverse charge (0 % and its mention) for an EU business in
 *   another member state with a VAT number; the customer's country's rate for any other EU customer;
 *   out of scope (0 % and its mention) outside the EU.</li>
 *   <li><b>Interim invoices</b> ({@link org.hearth.tenants.billing.pricing.InterimBilling}): while a
 *   period is open, its charges so far less what earlier interim invoices still bill, once that
 *   reaches the version's threshold, make an interim invoice; later invoices of the period deduct
 *   each earlier one, a line per revenue source, so the period is billed once.</li>
 * </ul>
 * Input that cannot be billed as given is refused with a
 * {@link org.hearth.tenants.billing.pricing.RatingRefused}, never guessed.
 * {@link org.hearth.tenants.billing.pricing.HardLimits} says whether one more unit is refused and
 * which plan lifts the limit.
 */
package org.hearth.tenants.billing.pricing;
