/**
 * Which plan a tenant is on over time (issue 11): an operator changes a tenant's plan from a
 * date, never inside a period already invoiced; {@code tenants.tenants.plan} stays the current
 * one. The close rates each period with these assignments, so fees and minimums are prorated by days.
 */
package org.hearth.tenants.billing.plans;
