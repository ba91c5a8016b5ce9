package org.hearth.tenants.billing.documents;

import java.util.Locale;
import java.util.Objects;

/**
 * A postal address on an invoice; {@code country} is the ISO 3166-1 alpha-2 code (EN 16931 BT-40/BT-55),
 * {@code additionalLine} an optional second address line (BT-36/BT-51).
 */
public record Address(String line, String postcode, String city, String country, java.util.Optional<String> additionalLine) {

    /** An address of one line. */
    public Address(String line, String postcode, String city, String country) {
        this(line, postcode, city, country, java.util.Optional.empty());
    }

    public Address {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(postcode, "postcode");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(additionalLine, "additionalLine");
        if (!Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).contains(country)) {
            throw new IllegalArgumentException(country + " is not an ISO 3166-1 alpha-2 country code");
        }
    }
}
