package org.hearth.tenants.billing.pricing;

/** Which VAT rule applies to a customer, and the mention the invoice must carry for it. */
public enum VatTreatment {
    /** VAT charged at a country's rate (the operator's, or a consumer's EU country). */
    STANDARD(""),
    /** An EU business in another member state with a VAT number accounts for the VAT itself (Directive 2006/112/EC art. 196). */
    REVERSE_CHARGE("billing.vat.reverse_charge"),
    /** A customer outside the EU: the supply is outside the scope of EU VAT. */
    OUT_OF_SCOPE("billing.vat.out_of_scope");

    private final String mentionKey;

    VatTreatment(String mentionKey) {
        this.mentionKey = mentionKey;
    }

    /** The key of the mention the invoice prints, empty for standard VAT. */
    public String mentionKey() {
        return mentionKey;
    }
}
