package org.hearth.kernel.config;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Reads and checks {@link BillingConfig}: every bad value is a {@link ConfigException} naming its key. */
final class BillingConfigReader {

    static final String NAME = "HEARTH_BILLING_SELLER_NAME";
    static final String ADDRESS_LINE1 = "HEARTH_BILLING_SELLER_ADDRESS_LINE1";
    static final String ADDRESS_LINE2 = "HEARTH_BILLING_SELLER_ADDRESS_LINE2";
    static final String POSTCODE = "HEARTH_BILLING_SELLER_POSTCODE";
    static final String CITY = "HEARTH_BILLING_SELLER_CITY";
    static final String COUNTRY = "HEARTH_BILLING_SELLER_COUNTRY";
    static final String VAT_NUMBER = "HEARTH_BILLING_SELLER_VAT_NUMBER";
    static final String REGISTRATION_ID = "HEARTH_BILLING_SELLER_REGISTRATION_ID";
    static final String REGISTRATION_SCHEME = "HEARTH_BILLING_SELLER_REGISTRATION_SCHEME";
    static final String IBAN = "HEARTH_BILLING_SELLER_IBAN";
    static final String BIC = "HEARTH_BILLING_SELLER_BIC";
    static final String EMAIL = "HEARTH_BILLING_SELLER_EMAIL";
    static final String VAT_HOME = "HEARTH_VAT_HOME_COUNTRY";
    static final String VAT_RATES = "HEARTH_VAT_RATES";

    /** The keys that make the seller's identity: left unset, the invoices name a fictitious operator. */
    static final List<String> SELLER_KEYS = List.of(NAME, ADDRESS_LINE1, POSTCODE, CITY, COUNTRY, VAT_NUMBER, REGISTRATION_ID,
            REGISTRATION_SCHEME, IBAN, BIC, EMAIL);

    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private final Function<String, Optional<String>> values;
    private final List<String> placeholders = new ArrayList<>();

    private BillingConfigReader(Function<String, Optional<String>> values) {
        this.values = values;
    }

    /** {@code values} gives a key's value (environment, then the file), empty when unset or blank. */
    static BillingConfig read(Function<String, Optional<String>> values) {
        return new BillingConfigReader(values).read();
    }

    private BillingConfig read() {
        BillingConfig.Seller d = BillingConfig.PLACEHOLDER_SELLER;
        List<String> lines = new ArrayList<>();
        lines.add(text(ADDRESS_LINE1, d.addressLines().getFirst(), 100));
        values.apply(ADDRESS_LINE2).map(v -> checkLength(ADDRESS_LINE2, v, 100)).ifPresent(lines::add);
        BillingConfig.Seller seller = new BillingConfig.Seller(
                text(NAME, d.legalName(), 200), lines, text(POSTCODE, d.postcode(), 16), text(CITY, d.city(), 100),
                country(COUNTRY, d.country()),
                matching(VAT_NUMBER, d.vatNumber(), "[A-Z]{2}[0-9A-Za-z+*.]{2,13}", "a VAT number: two letters then 2 to 13 letters or digits, such as FR40303265045"),
                matching(REGISTRATION_ID, d.registrationId(), "[0-9A-Za-z. -]{1,35}", "a company registration number (up to 35 letters, digits, dots, dashes or spaces)"),
                matching(REGISTRATION_SCHEME, d.registrationScheme(), "[0-9]{4}", "the four-digit ISO 6523 code of the register, such as 0002 for a French SIREN"),
                iban(), matching(BIC, d.bic(), "[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", "a BIC of 8 or 11 letters and digits, such as AGRIFRPP"),
                matching(EMAIL, d.email(), "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", "an e-mail address"));
        String home = country(VAT_HOME, "FR");
        Map<String, BigDecimal> rates = values.apply(VAT_RATES).map(BillingConfigReader::rates).orElse(BillingConfig.DEFAULT_VAT_RATES);
        if (!rates.containsKey(home)) {
            throw new ConfigException(VAT_RATES + " has no rate for the home country " + home + " (" + VAT_HOME + ")");
        }
        return new BillingConfig(seller, home, rates, placeholders);
    }

    private String text(String key, String fallback, int max) {
        Optional<String> value = values.apply(key);
        if (value.isEmpty()) {
            placeholders.add(key);
            return fallback;
        }
        return checkLength(key, value.get(), max);
    }

    private static String checkLength(String key, String value, int max) {
        if (value.length() > max) {
            throw new ConfigException(key + " has at most " + max + " characters (got " + value.length() + ")");
        }
        return value;
    }

    private String matching(String key, String fallback, String pattern, String what) {
        String value = text(key, fallback, 100);
        if (!value.matches(pattern)) {
            throw new ConfigException(key + " must be " + what + " (got " + value + ")");
        }
        return value;
    }

    private String country(String key, String fallback) {
        String value = key.equals(VAT_HOME) ? values.apply(key).orElse(fallback) : text(key, fallback, 2);
        if (!value.matches("[A-Z]{2}") || !COUNTRIES.contains(value)) {
            throw new ConfigException(key + " must be an ISO 3166-1 alpha-2 country code in capitals, such as FR (got " + value + ")");
        }
        return value;
    }

    /** An IBAN: country, check digits and account, spaces allowed, the ISO 13616 check (mod 97 = 1) passing. */
    private String iban() {
        String value = text(IBAN, BillingConfig.PLACEHOLDER_SELLER.iban(), 42).replace(" ", "");
        if (!value.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
            throw new ConfigException(IBAN + " must be an IBAN, such as FR76 3000 6000 0112 3456 7890 189 (got " + value + ")");
        }
        StringBuilder digits = new StringBuilder();
        for (char c : (value.substring(4) + value.substring(0, 4)).toCharArray()) {
            digits.append(Character.digit(c, 36));
        }
        if (!new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).equals(BigInteger.ONE)) {
            throw new ConfigException(IBAN + " fails the IBAN check digits (got " + value + ")");
        }
        return value;
    }

    /** {@code FR:20,DE:19,…}: each member state once, each rate a percentage in [0, 100). */
    static Map<String, BigDecimal> rates(String text) {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            String[] parts = entry.trim().split(":");
            if (parts.length != 2 || !parts[0].trim().matches("[A-Z]{2}") || !COUNTRIES.contains(parts[0].trim())) {
                throw new ConfigException(VAT_RATES + " is a list such as FR:20,DE:19,IT:22 (country code, colon, rate in percent); "
                        + "cannot read '" + entry.trim() + "'");
            }
            BigDecimal rate;
            try {
                rate = new BigDecimal(parts[1].trim());
            } catch (NumberFormatException e) {
                throw new ConfigException(VAT_RATES + ": the rate of " + parts[0].trim() + " is not a number (got " + parts[1].trim() + ")");
            }
            if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) >= 0 || rate.scale() > 4) {
                throw new ConfigException(VAT_RATES + ": the rate of " + parts[0].trim() + " is a percentage from 0 to under 100 with at most "
                        + "four decimals (got " + parts[1].trim() + ")");
            }
            if (rates.put(parts[0].trim(), rate) != null) {
                throw new ConfigException(VAT_RATES + " names " + parts[0].trim() + " twice");
            }
        }
        return rates;
    }
}
