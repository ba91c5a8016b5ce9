package org.hearth.tenants.billing.details;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of a VAT number per EU member state (and the United Kingdom), as the European
 * Commission's VIES service publishes it: the country's prefix (Greece's is EL, not GR), then the
 * national part. A shape, not a check of registration: VIES is not called (a number of the right
 * shape that is not registered is the tenant's to correct). Spaces, dots and hyphens are dropped.
 */
public final class VatNumbers {

    /** The national part after the prefix, per ISO 3166 country. */
    private static final Map<String, Pattern> SHAPES = Map.ofEntries(
            Map.entry("AT", Pattern.compile("U\\d{8}")),
            Map.entry("BE", Pattern.compile("[01]\\d{9}")),
            Map.entry("BG", Pattern.compile("\\d{9,10}")),
            Map.entry("CY", Pattern.compile("\\d{8}[A-Z]")),
            Map.entry("CZ", Pattern.compile("\\d{8,10}")),
            Map.entry("DE", Pattern.compile("\\d{9}")),
            Map.entry("DK", Pattern.compile("\\d{8}")),
            Map.entry("EE", Pattern.compile("\\d{9}")),
            Map.entry("GR", Pattern.compile("\\d{9}")),
            Map.entry("ES", Pattern.compile("[0-9A-Z]\\d{7}[0-9A-Z]")),
            Map.entry("FI", Pattern.compile("\\d{8}")),
            // Two check characters (digits, or letters but I and O), then the 9-digit SIREN.
            Map.entry("FR", Pattern.compile("[0-9A-HJ-NP-Z]{2}\\d{9}")),
            Map.entry("HR", Pattern.compile("\\d{11}")),
            Map.entry("HU", Pattern.compile("\\d{8}")),
            Map.entry("IE", Pattern.compile("\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W]")),
            Map.entry("IT", Pattern.compile("\\d{11}")),
            Map.entry("LT", Pattern.compile("\\d{9}|\\d{12}")),
            Map.entry("LU", Pattern.compile("\\d{8}")),
            Map.entry("LV", Pattern.compile("\\d{11}")),
            Map.entry("MT", Pattern.compile("\\d{8}")),
            Map.entry("NL", Pattern.compile("\\d{9}B\\d{2}")),
            Map.entry("PL", Pattern.compile("\\d{10}")),
            Map.entry("PT", Pattern.compile("\\d{9}")),
            Map.entry("RO", Pattern.compile("[1-9]\\d{1,9}")),
            Map.entry("SE", Pattern.compile("\\d{10}01")),
            Map.entry("SI", Pattern.compile("\\d{8}")),
            Map.entry("SK", Pattern.compile("\\d{10}")),
            Map.entry("GB", Pattern.compile("\\d{9}|\\d{12}|GD[0-4]\\d{2}|HA[5-9]\\d{2}")));
    /** Elsewhere a tax number is printed as given; it changes nothing (such invoices are outside EU VAT). */
    private static final Pattern OTHER = Pattern.compile("[A-Z0-9]{4,30}");

    /** Why a number is refused, for the words to say so. */
    public enum Problem {
        /** Not of the country's shape (the prefix is right). */
        SHAPE,
        /** The prefix is another country's, or missing. */
        PREFIX
    }

    private VatNumbers() {
    }

    /** Upper case, without spaces, dots or hyphens. */
    public static String normalise(String entered) {
        return entered.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s.\\-]", "");
    }

    /** The prefix VAT numbers of {@code country} start with (EL for Greece), or empty outside the EU and the UK. */
    public static Optional<String> prefix(String country) {
        if (!SHAPES.containsKey(country)) {
            return Optional.empty();
        }
        return Optional.of(country.equals("GR") ? "EL" : country);
    }

    /** Why the normalised {@code number} cannot be {@code country}'s VAT number, or empty when it can. */
    public static Optional<Problem> check(String country, String number) {
        Optional<String> prefix = prefix(country);
        if (prefix.isEmpty()) {
            return OTHER.matcher(number).matches() ? Optional.empty() : Optional.of(Problem.SHAPE);
        }
        if (!number.startsWith(prefix.get())) {
            return Optional.of(Problem.PREFIX);
        }
        return SHAPES.get(country).matcher(number.substring(prefix.get().length())).matches() ? Optional.empty() : Optional.of(Problem.SHAPE);
    }

    /** A number of the right shape for {@code country}, to show what is expected; empty outside the EU and the UK. */
    public static Optional<String> example(String country) {
        return Optional.ofNullable(EXAMPLES.get(country));
    }

    private static final Map<String, String> EXAMPLES = Map.ofEntries(Map.entry("AT", "ATU12345678"), Map.entry("BE", "BE0123456789"),
            Map.entry("BG", "BG123456789"), Map.entry("CY", "CY12345678X"), Map.entry("CZ", "CZ12345678"), Map.entry("DE", "DE123456789"),
            Map.entry("DK", "DK12345678"), Map.entry("EE", "EE123456789"), Map.entry("GR", "EL123456789"), Map.entry("ES", "ESB12345678"),
            Map.entry("FI", "FI12345678"), Map.entry("FR", "FR40303265045"), Map.entry("HR", "HR12345678901"), Map.entry("HU", "HU12345678"),
            Map.entry("IE", "IE1234567T"), Map.entry("IT", "IT12345678901"), Map.entry("LT", "LT123456789"), Map.entry("LU", "LU12345678"),
            Map.entry("LV", "LV12345678901"), Map.entry("MT", "MT12345678"), Map.entry("NL", "NL123456789B01"), Map.entry("PL", "PL1234567890"),
            Map.entry("PT", "PT123456789"), Map.entry("RO", "RO1234567"), Map.entry("SE", "SE123456789001"), Map.entry("SI", "SI12345678"),
            Map.entry("SK", "SK1234567890"), Map.entry("GB", "GB123456789"));
}
