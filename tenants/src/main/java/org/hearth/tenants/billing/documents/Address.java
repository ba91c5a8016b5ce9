package org.hearth.tenants.billing.documents;

import java.util.Locale;
import java.util.Objects;

/** A postal address on an invoice; {@code country} is the ISO 3166-1 alpha-2 code (EN 16931 BT-40/BT-55). */
public record Address(String line, String postcode, String city, String country) {

    public Address {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(postcode, "postcode");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(country, "country");
        if (!Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).contains(country)) {
            throw new IllegalArgumentException(country + " is not an ISO 3166-1 alpha-2 country code");
        }
    }
}
