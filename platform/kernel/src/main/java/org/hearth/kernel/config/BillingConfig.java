package org.hearth.kernel.config;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The operator's details as the seller on every invoice, and the VAT rates billing charges: the
 * operator's home country (an EU member state) and the standard rate, in percent, of each member
 * state whose customers are charged its VAT. Read from {@code HEARTH_BILLING_SELLER_*},
 * {@code HEARTH_VAT_HOME_COUNTRY} and {@code HEARTH_VAT_RATES}; {@code placeholders} names the seller
 * keys left at their shipped placeholder values, which an operator must set before issuing real
 * invoices (the platform warns at start while any is).
 */
public record BillingConfig(Seller seller, String vatHomeCountry, Map<String, BigDecimal> vatRates, List<String> placeholders) {

    /** The seller (EN 16931 BG-4): legal name, one or two address lines, VAT and company numbers, bank account, contact. */
    public record Seller(String legalName, List<String> addressLines, String postcode, String city, String country, String vatNumber,
                         String registrationId, String registrationScheme, String iban, String bic, String email) {

        public Seller {
            Objects.requireNonNull(legalName, "legalName");
            addressLines = List.copyOf(addressLines);
            Objects.requireNonNull(postcode, "postcode");
            Objects.requireNonNull(city, "city");
            Objects.requireNonNull(country, "country");
            Objects.requireNonNull(vatNumber, "vatNumber");
            Objects.requireNonNull(registrationId, "registrationId");
            Objects.requireNonNull(registrationScheme, "registrationScheme");
            Objects.requireNonNull(iban, "iban");
            Objects.requireNonNull(bic, "bic");
            Objects.requireNonNull(email, "email");
        }
    }

    public BillingConfig {
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(vatHomeCountry, "vatHomeCountry");
        vatRates = Map.copyOf(vatRates);
        placeholders = List.copyOf(placeholders);
    }

    /** The shipped placeholders: a fictitious French cooperative, so a fresh install can issue (test) invoices. */
    public static final Seller PLACEHOLDER_SELLER = new Seller("Hearth Commons SCIC SAS", List.of("12 rue des Communs"), "69002", "Lyon", "FR",
            "FR40303265045", "303265045", "0002", "FR7630006000011234567890189", "AGRIFRPP", "billing@hearth.example");

    /** The shipped rates, in percent: France at home, and the member states tenants were first billed in. */
    public static final Map<String, BigDecimal> DEFAULT_VAT_RATES = Map.of("FR", new BigDecimal("20"), "DE", new BigDecimal("19"),
            "BE", new BigDecimal("21"), "ES", new BigDecimal("21"), "IT", new BigDecimal("22"), "NL", new BigDecimal("21"));

    /** Everything at the shipped values. */
    public static BillingConfig defaults() {
        return new BillingConfig(PLACEHOLDER_SELLER, "FR", DEFAULT_VAT_RATES, BillingConfigReader.SELLER_KEYS);
    }
}
