package org.hearth.tenants.billing.plans;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hearth.kernel.money.Money;
import org.hearth.tenants.billing.pricing.ChargeModel;
import org.hearth.tenants.billing.pricing.PlanVersion;
import org.hearth.tenants.billing.pricing.PriceComponent;
import org.hearth.tenants.billing.pricing.Tier;

/** The wire shapes of plans and price versions: decimals as strings, exactly as stored. */
final class PlanJson {

    /** Keeps every decimal of a price sent as a JSON number (0.0015 stays 0.0015). */
    private static final ObjectMapper EXACT = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private PlanJson() {
    }

    /** The request body as a tree with exact decimals; 400 when it is not a JSON object. */
    static ObjectNode body(String text) {
        try {
            JsonNode node = text == null ? null : EXACT.readTree(text);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (JsonProcessingException e) {
            // reported below
        }
        throw new org.hearth.kernel.error.HearthException(org.hearth.kernel.error.ErrorCode.MALFORMED_JSON, "The body is a JSON object.");
    }

    static JsonObject plan(StoredPlan plan) {
        JsonArray versions = new JsonArray();
        plan.versions().forEach(v -> versions.add(version(v)));
        return new JsonObject().put("code", plan.code()).put("names", new JsonObject(new HashMap<>(plan.names())))
                .put("position", plan.position()).put("createdAt", plan.createdAt().toInstant().toString()).put("versions", versions);
    }

    static JsonObject version(StoredPlan.Version stored) {
        PlanVersion v = stored.prices();
        JsonObject limits = new JsonObject();
        v.hardLimits().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> limits.put(e.getKey().code(), e.getValue().toPlainString()));
        return new JsonObject().put("version", v.version()).put("effectiveFrom", v.effectiveFrom().toString())
                .put("currency", v.currency().getCurrencyCode())
                .put("minimumCommitment", money(v.minimumCommitment())).put("invoiceThreshold", money(v.invoiceThreshold()))
                .put("hardLimits", limits)
                .put("components", new JsonArray(v.components().stream().map(PlanJson::component).toList()))
                .put("createdAt", stored.createdAt().toInstant().toString()).put("createdBy", stored.createdBy().toString());
    }

    private static JsonObject component(PriceComponent c) {
        JsonObject out = new JsonObject().put("code", c.code()).put("metric", c.metric().map(m -> m.code()).orElse(null))
                .put("model", c.model().code()).put("freeAllowance", c.freeAllowance().toPlainString())
                .put("spendingMinimum", money(c.spendingMinimum()));
        switch (c.model()) {
            case ChargeModel.Subscription s -> out.put("price", s.fee().toPlainString());
            case ChargeModel.Standard s -> out.put("unitPrice", s.unitPrice().toPlainString());
            case ChargeModel.Graduated g -> out.put("tiers", tiers(g.tiers()));
            case ChargeModel.Volume vol -> out.put("tiers", tiers(vol.tiers()));
            case ChargeModel.Package p -> out.put("blockSize", p.blockSize().toPlainString()).put("blockPrice", p.blockPrice().toPlainString());
            case ChargeModel.Percentage p -> out.put("ratePercent", p.ratePercent().toPlainString()).put("fixedFee", p.fixedFee().toPlainString())
                    .put("minimum", decimal(p.minimum())).put("maximum", decimal(p.maximum()));
        }
        return out;
    }

    private static JsonArray tiers(java.util.List<Tier> tiers) {
        return new JsonArray(tiers.stream().map(t -> new JsonObject().put("upTo", decimal(t.upTo())).put("unitPrice", t.unitPrice().toPlainString())
                .put("flatFee", t.flatFee().toPlainString())).toList());
    }

    private static String money(Optional<Money> money) {
        return money.map(m -> m.amount().toPlainString()).orElse(null);
    }

    private static String decimal(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse(null);
    }
}
