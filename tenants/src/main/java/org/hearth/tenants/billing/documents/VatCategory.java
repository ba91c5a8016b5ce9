package org.hearth.tenants.billing.documents;

/**
 * The UNCL 5305 VAT categories the platform invoices with (EN 16931 BT-151/BT-118). Reverse
 * charge and out of scope must say why (an exemption reason, BT-120); standard and zero rated must not.
 */
public enum VatCategory {
    /** Standard rate. */
    S,
    /** Reverse charge: an EU business buyer with a VAT id accounts for the VAT itself; rate 0. */
    AE,
    /** Not subject to VAT (outside the scope); rate 0, and no VAT ids on the invoice. */
    O,
    /** Zero rated. */
    Z;

    public boolean needsExemptionReason() {
        return this == AE || this == O;
    }

    public boolean zeroRate() {
        return this != S;
    }
}
