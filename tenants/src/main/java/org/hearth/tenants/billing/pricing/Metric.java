package org.hearth.tenants.billing.pricing;

import java.util.Arrays;
import java.util.Optional;

/** A billable quantity, named on the wire and in the plans document by its {@link #code()}. */
public enum Metric {
    /** One active agreement for one day: prorated by construction. */
    ACTIVE_AGREEMENT_DAYS("active_agreement_days"),
    /** One consented read served (one request). */
    CONSENTED_READS("consented_reads"),
    /** One record returned by a consented read. */
    RECORDS_SERVED("records_served"),
    /** One record delivered into a person's store. */
    RECORDS_DELIVERED("records_delivered"),
    /** Megabytes exchanged either way; may be fractional. */
    MEGABYTES_EXCHANGED("megabytes_exchanged"),
    /** Declared transaction value: rated by the percentage model on each declared {@link Transaction}. */
    TRANSACTION_VALUE("transaction_value");

    private final String code;

    Metric(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Metric> fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }
}
