package org.hearth.tenants.billing.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads one price component of a plans document, with its charge model, and checks it prices something. */
final class ComponentDocument {

    private static final Set<String> COMMON = Set.of("code", "metric", "model", "free_allowance", "spending_minimum");

    private ComponentDocument() {
    }

    static PriceComponent component(JsonFields c, Currency currency) {
        String code = PlanDocument.code(c, "code");
        String model = c.text("model");
        Optional<Metric> metric = metric(c, model);
        ChargeModel charge = switch (model) {
            case "subscription" -> fields(c, Set.of("price"), () -> new ChargeModel.Subscription(c.price("price")));
            case "standard" -> fields(c, Set.of("unit_price"), () -> new ChargeModel.Standard(c.price("unit_price")));
            case "graduated" -> fields(c, Set.of("tiers"), () -> new ChargeModel.Graduated(tiers(c, true)));
            case "volume" -> fields(c, Set.of("tiers"), () -> new ChargeModel.Volume(tiers(c, false)));
            case "package" -> fields(c, Set.of("block_size", "block_price"), () -> packaged(c));
            case "percentage" -> fields(c, Set.of("rate_percent", "fixed_fee", "minimum", "maximum"), () -> percentage(c));
            default -> throw new PlanInvalid(c.at("model"),
                    "must be one of subscription, standard, graduated, volume, package, percentage; not " + model);
        };
        BigDecimal allowance = c.optionalPrice("free_allowance").orElse(BigDecimal.ZERO);
        if (allowance.signum() > 0 && (charge instanceof ChargeModel.Subscription || charge instanceof ChargeModel.Percentage)) {
            throw new PlanInvalid(c.at("free_allowance"), "applies to metered units; a " + model + " has none");
        }
        return new PriceComponent(code, metric, charge, allowance, PlanDocument.money(c, "spending_minimum", currency));
    }

    private static Optional<Metric> metric(JsonFields c, String model) {
        if (model.equals("subscription")) {
            if (c.has("metric")) {
                throw new PlanInvalid(c.at("metric"), "a subscription meters nothing: leave the metric out");
            }
            return Optional.empty();
        }
        String code = c.text("metric");
        Metric metric = Metric.fromCode(code)
                .orElseThrow(() -> new PlanInvalid(c.at("metric"), "must be one of " + PlanDocument.metricCodes() + "; not " + code));
        if (model.equals("percentage") != (metric == Metric.TRANSACTION_VALUE)) {
            throw new PlanInvalid(c.at("metric"), "transaction_value is rated by the percentage model, and the percentage model only rates it");
        }
        return Optional.of(metric);
    }

    private static ChargeModel fields(JsonFields c, Set<String> own, java.util.function.Supplier<ChargeModel> read) {
        Set<String> allowed = new HashSet<>(COMMON);
        allowed.addAll(own);
        c.only(allowed);
        return read.get();
    }

    private static List<Tier> tiers(JsonFields c, boolean graduated) {
        List<JsonFields> rows = c.objects("tiers");
        if (rows.isEmpty()) {
            throw new PlanInvalid(c.at("tiers"), "must list at least one tier");
        }
        List<Tier> tiers = new ArrayList<>();
        BigDecimal previous = BigDecimal.ZERO;
        for (int i = 0; i < rows.size(); i++) {
            JsonFields t = rows.get(i);
            t.only(Set.of("up_to", "unit_price", "flat_fee"));
            boolean last = i == rows.size() - 1;
            Optional<BigDecimal> upTo = t.optionalPrice("up_to");
            if (last && upTo.isPresent()) {
                throw new PlanInvalid(t.at("up_to"), "the last tier has no upper bound: leave up_to out");
            }
            if (!last && upTo.isEmpty()) {
                throw new PlanInvalid(t.at("up_to"), "is required on every tier but the last");
            }
            if (upTo.isPresent() && upTo.get().compareTo(previous) <= 0) {
                throw new PlanInvalid(t.at("up_to"), "must be above the previous tier's " + previous.toPlainString());
            }
            tiers.add(new Tier(upTo, t.price("unit_price"), t.optionalPrice("flat_fee").orElse(BigDecimal.ZERO)));
            previous = upTo.orElse(previous);
        }
        return tiers;
    }

    private static ChargeModel packaged(JsonFields c) {
        BigDecimal size = c.price("block_size");
        if (size.signum() <= 0 || size.stripTrailingZeros().scale() > 0) {
            throw new PlanInvalid(c.at("block_size"), "must be a whole number of units, 1 or more");
        }
        return new ChargeModel.Package(size, c.price("block_price"));
    }

    private static ChargeModel percentage(JsonFields c) {
        BigDecimal rate = c.price("rate_percent");
        if (rate.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new PlanInvalid(c.at("rate_percent"), "is a percentage: at most 100");
        }
        Optional<BigDecimal> minimum = c.optionalPrice("minimum");
        Optional<BigDecimal> maximum = c.optionalPrice("maximum");
        if (minimum.isPresent() && maximum.isPresent() && minimum.get().compareTo(maximum.get()) > 0) {
            throw new PlanInvalid(c.at("minimum"), "must not be above the maximum " + maximum.get().toPlainString());
        }
        return new ChargeModel.Percentage(rate, c.optionalPrice("fixed_fee").orElse(BigDecimal.ZERO), minimum, maximum);
    }
}
