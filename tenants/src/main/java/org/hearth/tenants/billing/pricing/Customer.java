package org.hearth.tenants.billing.pricing;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The tenant's VAT situation: its country (ISO 3166 alpha-2, upper case), whether it buys as a
 * business, and its VAT number if it has one.
 */
public record Customer(String country, boolean business, Optional<String> vatNumber) {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    public Customer {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(vatNumber, "vatNumber");
        if (!ISO_COUNTRIES.contains(country)) {
            throw new IllegalArgumentException("not an ISO 3166 alpha-2 country code: " + country);
        }
        vatNumber = vatNumber.map(String::strip).filter(n -> !n.isEmpty());
    }

    public static Customer business(String country, String vatNumber) {
        return new Customer(country, true, Optional.ofNullable(vatNumber));
    }

    public static Customer consumer(String country) {
        return new Customer(country, false, Optional.empty());
    }
}
