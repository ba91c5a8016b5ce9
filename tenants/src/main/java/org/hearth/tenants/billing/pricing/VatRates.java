package org.hearth.tenants.billing.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hearth.kernel.money.Money;

/**
 * The operator's country and the configured standard VAT rates per country (in percent), and the
 * rule that picks one for a customer. The rules are those of EU VAT on electronically supplied
 * services: the operator's rate at home; an EU business elsewhere with a VAT number reverse-charges
 * (0 % and the mention); any other EU customer pays its own country's rate; a customer outside the
 * EU is out of scope (0 % and the mention).
 */
public record VatRates(String operatorCountry, Map<String, BigDecimal> ratesPercent) {

    /** The member states of the EU (ISO 3166 alpha-2; Greece is GR here, EL only in VAT numbers). */
    public static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
            "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    public VatRates {
        Objects.requireNonNull(operatorCountry, "operatorCountry");
        ratesPercent = Map.copyOf(ratesPercent);
        if (!EU.contains(operatorCountry)) {
            throw new IllegalArgumentException("the operator's country must be an EU member state: " + operatorCountry);
        }
        ratesPercent.forEach((country, rate) -> {
            if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) >= 0) {
                throw new IllegalArgumentException("a VAT rate is a percentage in [0, 100): " + country + " " + rate);
            }
        });
        if (!ratesPercent.containsKey(operatorCountry)) {
            throw new RatingRefused("no VAT rate is configured for the operator's country " + operatorCountry);
        }
    }

    /** The VAT on {@code base} for {@code customer}: one line, since one customer has one treatment and one rate. */
    public List<VatLine> vatOn(Money base, Customer customer) {
        String country = customer.country();
        if (country.equals(operatorCountry)) {
            return List.of(line(VatTreatment.STANDARD, operatorCountry, rateOf(operatorCountry), base));
        }
        if (!EU.contains(country)) {
            return List.of(line(VatTreatment.OUT_OF_SCOPE, country, BigDecimal.ZERO, base));
        }
        if (customer.business() && customer.vatNumber().isPresent()) {
            return List.of(line(VatTreatment.REVERSE_CHARGE, country, BigDecimal.ZERO, base));
        }
        return List.of(line(VatTreatment.STANDARD, country, rateOf(country), base));
    }

    private BigDecimal rateOf(String country) {
        BigDecimal rate = ratesPercent.get(country);
        if (rate == null) {
            throw new RatingRefused("no VAT rate is configured for " + country);
        }
        return rate;
    }

    private static VatLine line(VatTreatment treatment, String country, BigDecimal rate, Money base) {
        Money vat = base.times(rate.movePointLeft(2), RoundingMode.HALF_UP);
        return new VatLine(treatment, country, rate, base, vat);
    }
}
