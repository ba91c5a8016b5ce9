package org.hearth.reporting.gdpr;

import java.util.Objects;

/**
 * Who the operator is, as the record of processing names it (Art. 30(1)(a)): from configuration
 * (the seller on invoices) and the charter. {@code address} is the street, postcode and city;
 * {@code country} its ISO 3166 code. {@code authority} is the supervisory authority an
 * individual complains to: {@code ico} (UK) or {@code cnil} (France). {@code dataProtectionOfficer}
 * is the officer's name and contact as configured ({@code HEARTH_DPO_CONTACT}), or null when none
 * is appointed.
 */
public record Controller(String name, String address, String country, String email, String authority, String dataProtectionOfficer) {

    /** The operator with no data protection officer appointed. */
    public Controller(String name, String address, String country, String email, String authority) {
        this(name, address, country, email, authority, null);
    }

    public Controller {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(email, "email");
        if (!"ico".equals(authority) && !"cnil".equals(authority)) {
            throw new IllegalArgumentException("authority must be ico or cnil");
        }
    }
}
