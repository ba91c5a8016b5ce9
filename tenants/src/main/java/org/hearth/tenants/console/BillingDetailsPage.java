package org.hearth.tenants.console;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.tenants.billing.details.BillingDetails;
import org.hearth.tenants.billing.details.BillingDetailsRules;
import org.hearth.tenants.billing.details.BillingDetailsService;
import org.hearth.tenants.billing.pricing.VatRates;
import org.hearth.web.pages.Messages;
import org.hearth.web.security.Security;

/**
 * {@code /console/billing-details}: the form an admin fills in with who invoices are made out to.
 * The country is chosen among the EU's member states and the United Kingdom, or "another country"
 * whose name is then typed (in English or French) and matched to the country it names. A refused
 * form comes back (422) with each field's error beside it and nothing stored; a saved one
 * redirects to the page, which then shows the details. Other members read why they cannot see it.
 */
final class BillingDetailsPage {

    static final String OTHER = "other";

    private final ConsoleContext kit;
    private final BillingDetailsService details;

    BillingDetailsPage(ConsoleContext kit, BillingDetailsService details) {
        this.kit = kit;
        this.details = details;
    }

    void show(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        var scope = kit.tenant(rc);
        if (!BillingDetailsService.mayChange(Security.caller(rc))) {
            send(rc, m, false, false, Map.of(), Map.of(), null);
            return;
        }
        Optional<BillingDetails> stored = details.details(Security.caller(rc), scope);
        Map<String, String> values = stored.map(d -> values(d, m)).orElse(Map.of("address.country", "FR"));
        send(rc, m, true, rc.queryParams().contains("saved"), values, Map.of(), null);
    }

    void save(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        var scope = kit.tenantFor(rc, "admin");
        MultiMap f = rc.request().formAttributes();
        Map<String, String> values = new HashMap<>();
        for (String field : List.of("legalName", "address.line1", "address.line2", "address.postcode", "address.city", "address.country",
                "otherCountry", "vatNumber", "billingEmail")) {
            values.put(field, Optional.ofNullable(f.get(field)).orElse(""));
        }
        Map<String, String> errors = new HashMap<>();
        String country = values.get("address.country");
        if (OTHER.equals(country)) {
            country = countryNamed(values.get("otherCountry")).orElse(null);
            if (country == null) {
                errors.put("otherCountry", m.t("con.details.error.otherCountry"));
            }
        }
        BillingDetailsRules.Entered entered = new BillingDetailsRules.Entered(values.get("legalName"), values.get("address.line1"),
                values.get("address.line2"), values.get("address.postcode"), values.get("address.city"), country, values.get("vatNumber"),
                values.get("billingEmail"));
        BillingDetailsRules.Checked checked = details.check(entered);
        for (var error : checked.errors()) {
            String field = error.field().equals("address.country") && OTHER.equals(values.get("address.country")) ? "otherCountry" : error.field();
            errors.putIfAbsent(field, m.t(error.key(), error.args().toArray()));
        }
        String refused = errors.isEmpty() ? null : m.t("con.details.fix");
        if (errors.isEmpty()) {
            try {
                details.replace(ConsoleContext.context(rc, "billing_details.replace"), scope, entered);
                ConsoleContext.redirect(rc, "/console/billing-details?saved=1");
                return;
            } catch (HearthException e) {
                if (e.code() == ErrorCode.FORBIDDEN) {
                    throw e;
                }
                refused = e.detail();
            }
        }
        rc.response().setStatusCode(422);
        send(rc, m, true, false, values, errors, refused);
    }

    private void send(RoutingContext rc, Messages m, boolean admin, boolean saved, Map<String, String> values, Map<String, String> errors,
                      String error) {
        kit.send(rc, m, m.t("nav.console.details"), "billing-details.jte", new BillingModels.Details(m, kit.csrf(rc), admin, saved, values, errors,
                countries(m, values.get("address.country")), error));
    }

    private static Map<String, String> values(BillingDetails d, Messages m) {
        Map<String, String> values = new HashMap<>();
        values.put("legalName", d.legalName());
        values.put("address.line1", d.address().line1());
        values.put("address.line2", d.address().line2().orElse(""));
        values.put("address.postcode", d.address().postcode());
        values.put("address.city", d.address().city());
        String country = d.address().country();
        values.put("address.country", isOther(country) ? OTHER : country);
        values.put("otherCountry", isOther(country) ? Locale.of("", country).getDisplayCountry(locale(m)) : "");
        values.put("vatNumber", d.vatNumber().orElse(""));
        values.put("billingEmail", d.billingEmail());
        return values;
    }

    private static boolean isOther(String country) {
        return country != null && !country.equals(OTHER) && !VatRates.EU.contains(country) && !country.equals("GB");
    }

    /** The EU's member states by name in the page's language, then the United Kingdom and "another country". */
    private static List<BillingModels.CountryGroup> countries(Messages m, String chosen) {
        Locale locale = locale(m);
        Collator order = Collator.getInstance(locale);
        List<BillingModels.Option> eu = new ArrayList<>(VatRates.EU.stream()
                .map(c -> new BillingModels.Option(c, Locale.of("", c).getDisplayCountry(locale), c.equals(chosen))).toList());
        eu.sort(Comparator.comparing(BillingModels.Option::label, order));
        String selected = isOther(chosen) ? OTHER : chosen;
        List<BillingModels.Option> outside = List.of(new BillingModels.Option("GB", Locale.of("", "GB").getDisplayCountry(locale), "GB".equals(selected)),
                new BillingModels.Option(OTHER, m.t("con.details.otherCountryOption"), OTHER.equals(selected)));
        return List.of(new BillingModels.CountryGroup(m.t("con.details.eu"), eu), new BillingModels.CountryGroup(m.t("con.details.outsideEu"), outside));
    }

    /** The ISO code of the country {@code name} names in English or French, accents and case aside. */
    static Optional<String> countryNamed(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = fold(name);
        for (String code : Locale.getISOCountries()) {
            Locale country = Locale.of("", code);
            if (fold(country.getDisplayCountry(Locale.UK)).equals(wanted) || fold(country.getDisplayCountry(Locale.FRANCE)).equals(wanted)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    private static Locale locale(Messages m) {
        return "fr".equals(m.language()) ? Locale.FRANCE : Locale.UK;
    }
}
