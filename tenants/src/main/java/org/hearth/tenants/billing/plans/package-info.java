/**
 * Plans as data and which plan a tenant is on over time (issue 11). {@code PlanStore} keeps the
 * plans and their price versions in {@code tenants.plans} and {@code tenants.plan_versions} (the
 * shipped {@code billing/plans.json} seeded at start where a code is missing), caches the
 * {@code PlanCatalogue} the engine rates with and reloads it after every write on this node;
 * {@code PlanRoutes} (API) and {@code PlanPages} ({@code /staff/plans}) let operators read every
 * price list, create plans and add price versions from a date, never re-pricing an invoiced
 * period. An operator changes a tenant's plan from a date, never inside a period already invoiced;
 * {@code tenants.tenants.plan} is the current one, set when the day has come (by the change, or
 * the billing worker's daily pass). The close rates each period with these assignments, so fees
 * and minimums are prorated by days.
 */
package org.hearth.tenants.billing.plans;
