package org.hearth.tenants.billing.pricing;

/** What an invoice line is for. */
public enum LineKind {
    /** A component's charge for the days one plan version applied. */
    CHARGE,
    /** Makes a component's amount up to its spending minimum. */
    SPENDING_MINIMUM,
    /** Makes a plan's amount up to its minimum commitment. */
    MINIMUM_COMMITMENT,
    /** Takes back, on a later invoice of the period, what an interim invoice already billed of one revenue source. */
    INTERIM_DEDUCTION
}
