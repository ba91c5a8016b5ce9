package org.hearth.tenants.billing.details;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.hearth.kernel.money.Money;
import org.hearth.tenants.billing.pricing.Customer;
import org.hearth.tenants.billing.pricing.RatingRefused;
import org.hearth.tenants.billing.pricing.VatRates;

/**
 * What was entered (from the API's JSON or the console's form, every value a string or null)
 * checked field by field: each failing field gets one {@link FieldError} naming it as the API
 * does ({@code address.country}) and the words that say why, as a message key and its arguments.
 */
public final class BillingDetailsRules {

    /** The details as entered; any value may be null or blank. */
    public record Entered(String legalName, String line1, String line2, String postcode, String city, String country, String vatNumber,
                          String billingEmail) {
    }

    /** One field refused: its name on the API, and why (a message key of the pages' bundles, with its arguments). */
    public record FieldError(String field, String key, List<Object> args) {

        public FieldError {
            args = List.copyOf(args);
        }
    }

    /** Either the details, or why not, field by field (never both). */
    public record Checked(Optional<BillingDetails> details, List<FieldError> errors) {

        public Checked {
            errors = List.copyOf(errors);
        }
    }

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    /** Letters, digits, spaces and hyphens: every EU postcode shape, and the UK's. */
    private static final Pattern POSTCODE = Pattern.compile("[\\p{L}\\d][\\p{L}\\d \\-]{1,19}");

    private BillingDetailsRules() {
    }

    /**
     * {@code vatRates}: those the invoices charge. A customer they have no rate for (an EU
     * country without a VAT number whose rate is not configured) could not be invoiced, so the
     * country is refused, saying that a VAT number would do.
     */
    public static Checked check(Entered in, VatRates vatRates) {
        List<FieldError> errors = new ArrayList<>();
        String legalName = text(in.legalName(), 200, "legalName", errors);
        String line1 = text(in.line1(), 200, "address.line1", errors);
        Optional<String> line2 = Optional.ofNullable(blankToNull(in.line2()));
        if (line2.isPresent() && line2.get().length() > 200) {
            errors.add(new FieldError("address.line2", "con.details.error.tooLong", List.of(200)));
        }
        String postcode = text(in.postcode(), 20, "address.postcode", errors);
        if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
            errors.add(new FieldError("address.postcode", "con.details.error.postcode", List.of()));
        }
        String city = text(in.city(), 100, "address.city", errors);
        String country = blankToNull(in.country()) == null ? null : in.country().strip().toUpperCase(Locale.ROOT);
        if (country == null || !COUNTRIES.contains(country)) {
            errors.add(new FieldError("address.country", "con.details.error.country", List.of()));
            country = null;
        }
        Optional<String> vat = Optional.ofNullable(blankToNull(in.vatNumber())).map(VatNumbers::normalise);
        if (vat.isPresent() && country != null) {
            String c = country;
            VatNumbers.check(country, vat.get()).ifPresent(problem -> errors.add(switch (problem) {
                case PREFIX -> new FieldError("vatNumber", "con.details.error.vatPrefix", List.of(VatNumbers.prefix(c).orElseThrow(),
                        VatNumbers.example(c).orElseThrow()));
                case SHAPE -> VatNumbers.example(c).map(e -> new FieldError("vatNumber", "con.details.error.vatShape", List.of(e)))
                        .orElseGet(() -> new FieldError("vatNumber", "con.details.error.taxNumber", List.of()));
            }));
        }
        if (country != null && errors.stream().noneMatch(e -> e.field().equals("vatNumber")) && !invoiceable(vatRates, country, vat)) {
            errors.add(new FieldError("address.country", "con.details.error.noVatRate", List.of()));
        }
        String email = blankToNull(in.billingEmail()) == null ? null : in.billingEmail().strip().toLowerCase(Locale.ROOT);
        if (email == null || email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("billingEmail", "con.details.error.email", List.of()));
        }
        if (!errors.isEmpty()) {
            return new Checked(Optional.empty(), errors);
        }
        return new Checked(Optional.of(new BillingDetails(legalName, new BillingDetails.Address(line1, line2, postcode, city, country), vat, email)),
                List.of());
    }

    private static boolean invoiceable(VatRates vatRates, String country, Optional<String> vat) {
        try {
            vatRates.vatOn(Money.zero(java.util.Currency.getInstance("EUR")), new Customer(country, true, vat));
            return true;
        } catch (RatingRefused refused) {
            return false;
        }
    }

    private static String text(String value, int max, String field, List<FieldError> errors) {
        String v = blankToNull(value);
        if (v == null) {
            errors.add(new FieldError(field, "con.details.error.required", List.of()));
            return null;
        }
        if (v.length() > max) {
            errors.add(new FieldError(field, "con.details.error.tooLong", List.of(max)));
            return null;
        }
        return v;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
