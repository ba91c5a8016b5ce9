package org.hearth.tenants.billing.details;

import java.util.Objects;
import java.util.Optional;

/**
 * Who the organisation's invoices are made out to: its legal name, postal address (the country an
 * ISO 3166 alpha-2 code), its VAT number if it has one (normalised, with its country's prefix) and
 * the e-mail invoices are for. Checked by {@link BillingDetailsRules} before it is made.
 */
public record BillingDetails(String legalName, Address address, Optional<String> vatNumber, String billingEmail) {

    /** A postal address; {@code line2} is optional. */
    public record Address(String line1, Optional<String> line2, String postcode, String city, String country) {

        public Address {
            Objects.requireNonNull(line1, "line1");
            Objects.requireNonNull(line2, "line2");
            Objects.requireNonNull(postcode, "postcode");
            Objects.requireNonNull(city, "city");
            Objects.requireNonNull(country, "country");
        }
    }

    public BillingDetails {
        Objects.requireNonNull(legalName, "legalName");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(vatNumber, "vatNumber");
        Objects.requireNonNull(billingEmail, "billingEmail");
    }
}
