package org.hearth.tenants.billing.documents;

/**
 * Units of measure the platform bills in, with their UN/ECE Recommendation 20 codes (EN 16931
 * BT-130): a read or a record is a unit ("one"), an agreement is billed per day, a subscription
 * per month, data exchanged per megabyte, a commission as a lump sum.
 */
public enum UnitCode {
    ONE("C62"),
    DAY("DAY"),
    MONTH("MON"),
    MEGABYTE("4L"),
    LUMP_SUM("LS");

    private final String code;

    UnitCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
