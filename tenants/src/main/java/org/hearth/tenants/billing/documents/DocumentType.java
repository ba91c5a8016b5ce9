package org.hearth.tenants.billing.documents;

/** What the document is, with its UNTDID 1001 code (EN 16931 BT-3). */
public enum DocumentType {
    /** A commercial invoice. */
    INVOICE("380"),
    /**
     * An interim invoice of a period so far (threshold invoicing): a commercial invoice too (380),
     * titled so; the period's closing invoice deducts it.
     */
    INTERIM_INVOICE("380"),
    /** A credit note: its amounts are positive and cancel part or all of the invoice it names. */
    CREDIT_NOTE("381");

    private final String code;

    DocumentType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
