package org.hearth.tenants.billing.pricing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.kernel.money.Money;

/**
 * Reads and checks a plans document (the shape: {@code billing/plans.json}, described in
 * tenants/README.md). Anything a price cannot be computed from is refused with a {@link PlanInvalid}
 * pointing at the field; nothing half-read is returned.
 */
public final class PlanDocument {

    /** The plans shipped with Hearth. */
    public static final String SHIPPED = "/billing/plans.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final String CODE = "[a-z][a-z0-9_]{0,39}";
    /** A plan's code may also have dashes: operators name plans ({@code eu-public-sector}), components stay identifiers. */
    private static final String PLAN_CODE = "[a-z][a-z0-9_-]{0,39}";

    private PlanDocument() {
    }

    /** The shipped plans: {@code sandbox}, {@code standard}, {@code enterprise}. */
    public static PlanCatalogue shipped() {
        try (InputStream in = PlanDocument.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PlanCatalogue parse(String document) {
        JsonNode root = tree(document);
        JsonFields top = JsonFields.object(root, "");
        top.only(Set.of("plans"));
        List<Plan> plans = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (JsonFields p : top.objects("plans")) {
            Plan plan = plan(p);
            if (!codes.add(plan.code())) {
                throw new PlanInvalid(p.at("code"), "plan " + plan.code() + " is defined twice");
            }
            plans.add(plan);
        }
        if (plans.isEmpty()) {
            throw new PlanInvalid("plans", "must list at least one plan");
        }
        return new PlanCatalogue(plans);
    }

    /**
     * Reads one price version on its own ({@code {"version", "effective_from", "currency", ...}}, as
     * in a plan's {@code versions}), the field of a {@link PlanInvalid} relative to it
     * ({@code components[2].tiers[1].up_to}): what an operator's new version is checked with.
     */
    public static PlanVersion parseVersion(String document) {
        return version(JsonFields.object(tree(document), ""));
    }

    private static JsonNode tree(String document) {
        try {
            return JSON.readTree(document);
        } catch (JsonProcessingException e) {
            throw new PlanInvalid("$", "is not JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        }
    }

    private static Plan plan(JsonFields p) {
        p.only(Set.of("code", "name", "versions"));
        String code = p.text("code");
        if (!code.matches(PLAN_CODE)) {
            throw new PlanInvalid(p.at("code"), "must be lower case letters, digits, _ and -, starting with a letter");
        }
        JsonFields name = p.child("name");
        name.only(Set.of("en", "fr"));
        Map<String, String> names = Map.of("en", name.text("en"), "fr", name.text("fr"));
        List<PlanVersion> versions = new ArrayList<>();
        for (JsonFields v : p.objects("versions")) {
            PlanVersion version = version(v);
            if (!versions.isEmpty()) {
                PlanVersion previous = versions.getLast();
                if (version.version() <= previous.version()) {
                    throw new PlanInvalid(v.at("version"), "must be above the previous version's " + previous.version());
                }
                if (!version.effectiveFrom().isAfter(previous.effectiveFrom())) {
                    throw new PlanInvalid(v.at("effective_from"), "must be after the previous version's " + previous.effectiveFrom());
                }
            }
            versions.add(version);
        }
        if (versions.isEmpty()) {
            throw new PlanInvalid(p.at("versions"), "must list at least one version");
        }
        return new Plan(code, names, versions);
    }

    private static PlanVersion version(JsonFields v) {
        v.only(Set.of("version", "effective_from", "currency", "components", "minimum_commitment", "invoice_threshold",
                "hard_limits"));
        int number = v.integer("version");
        if (number < 1) {
            throw new PlanInvalid(v.at("version"), "must be 1 or more");
        }
        LocalDate from = v.date("effective_from");
        Currency currency = currency(v);
        List<PriceComponent> components = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (JsonFields c : v.objects("components")) {
            PriceComponent component = ComponentDocument.component(c, currency);
            if (!codes.add(component.code())) {
                throw new PlanInvalid(c.at("code"), "component " + component.code() + " is defined twice in this version");
            }
            components.add(component);
        }
        return new PlanVersion(number, from, currency, components, money(v, "minimum_commitment", currency),
                money(v, "invoice_threshold", currency), hardLimits(v));
    }

    private static Map<Metric, BigDecimal> hardLimits(JsonFields v) {
        Map<Metric, BigDecimal> limits = new EnumMap<>(Metric.class);
        if (!v.has("hard_limits")) {
            return limits;
        }
        JsonFields h = v.child("hard_limits");
        for (Iterator<String> names = h.node().fieldNames(); names.hasNext(); ) {
            String name = names.next();
            Metric metric = Metric.fromCode(name)
                    .orElseThrow(() -> new PlanInvalid(h.at(name), "is not a metric (" + metricCodes() + ")"));
            BigDecimal limit = h.price(name);
            if (limit.stripTrailingZeros().scale() > 0) {
                throw new PlanInvalid(h.at(name), "must be a whole number of units");
            }
            limits.put(metric, limit);
        }
        return limits;
    }

    static Optional<Money> money(JsonFields f, String name, Currency currency) {
        return f.optionalPrice(name).map(amount -> {
            try {
                return new Money(amount, currency);
            } catch (IllegalArgumentException e) {
                throw new PlanInvalid(f.at(name), "has more decimals than " + currency.getCurrencyCode() + " allows");
            }
        });
    }

    static String code(JsonFields f, String name) {
        String code = f.text(name);
        if (!code.matches(CODE)) {
            throw new PlanInvalid(f.at(name), "must be lower case letters, digits and _, starting with a letter");
        }
        return code;
    }

    static String metricCodes() {
        return String.join(", ", java.util.Arrays.stream(Metric.values()).map(Metric::code).toList());
    }

    private static Currency currency(JsonFields v) {
        String code = v.text("currency");
        try {
            if (code.matches("[A-Z]{3}")) {
                return Currency.getInstance(code);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new PlanInvalid(v.at("currency"), "must be an ISO 4217 currency code such as EUR, not " + code);
    }
}
