package org.hearth.tenants.billing.plans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The numbers of a price version an operator edits on the staff page: each price, tier price and
 * flat fee, block price, percentage, allowance, spending minimum, the minimum commitment, the
 * threshold and each hard limit, named by its path in the version document
 * ({@code components[1].tiers[0].unit_price}), the path {@code PlanDocument} names a bad one by.
 * A new version is the latest document with those numbers replaced: everything else passes through.
 */
final class PriceFields {

    /** Which number a field is, for its label. */
    enum Kind {
        PRICE, UNIT_PRICE, TIER_UNIT_PRICE, TIER_FLAT_FEE, BLOCK_PRICE, RATE_PERCENT, FIXED_FEE, MINIMUM, MAXIMUM, FREE_ALLOWANCE,
        SPENDING_MINIMUM, MINIMUM_COMMITMENT, INVOICE_THRESHOLD, HARD_LIMIT
    }

    /**
     * One editable number: its path, kind, the component's metric or {@code subscription} (or the
     * hard limit's metric), its tier (from 1, 0 when none), and its value in the document ("" when absent).
     */
    record Field(String path, Kind kind, String subject, int tier, String value) {
    }

    private PriceFields() {
    }

    static List<Field> of(JsonNode version) {
        List<Field> fields = new ArrayList<>();
        JsonNode components = version.path("components");
        for (int i = 0; i < components.size(); i++) {
            JsonNode c = components.get(i);
            String at = "components[" + i + "].";
            String model = c.path("model").asText();
            String subject = c.has("metric") ? c.get("metric").asText() : "subscription";
            switch (model) {
                case "subscription" -> fields.add(field(c, at, "price", Kind.PRICE, subject, 0));
                case "standard" -> fields.add(field(c, at, "unit_price", Kind.UNIT_PRICE, subject, 0));
                case "graduated", "volume" -> {
                    JsonNode tiers = c.path("tiers");
                    for (int t = 0; t < tiers.size(); t++) {
                        String tierAt = at + "tiers[" + t + "].";
                        fields.add(field(tiers.get(t), tierAt, "unit_price", Kind.TIER_UNIT_PRICE, subject, t + 1));
                        fields.add(field(tiers.get(t), tierAt, "flat_fee", Kind.TIER_FLAT_FEE, subject, t + 1));
                    }
                }
                case "package" -> fields.add(field(c, at, "block_price", Kind.BLOCK_PRICE, subject, 0));
                case "percentage" -> {
                    fields.add(field(c, at, "rate_percent", Kind.RATE_PERCENT, subject, 0));
                    fields.add(field(c, at, "fixed_fee", Kind.FIXED_FEE, subject, 0));
                    fields.add(field(c, at, "minimum", Kind.MINIMUM, subject, 0));
                    fields.add(field(c, at, "maximum", Kind.MAXIMUM, subject, 0));
                }
                default -> {
                    // an unknown model cannot be stored: nothing to edit
                }
            }
            if (!model.equals("subscription") && !model.equals("percentage")) {
                fields.add(field(c, at, "free_allowance", Kind.FREE_ALLOWANCE, subject, 0));
            }
            fields.add(field(c, at, "spending_minimum", Kind.SPENDING_MINIMUM, subject, 0));
        }
        fields.add(field(version, "", "minimum_commitment", Kind.MINIMUM_COMMITMENT, "", 0));
        fields.add(field(version, "", "invoice_threshold", Kind.INVOICE_THRESHOLD, "", 0));
        JsonNode limits = version.path("hard_limits");
        for (Iterator<String> names = limits.fieldNames(); names.hasNext(); ) {
            String metric = names.next();
            fields.add(field(limits, "hard_limits.", metric, Kind.HARD_LIMIT, metric, 0));
        }
        return fields;
    }

    /**
     * The latest document with the submitted numbers in place, its date set and its number left out
     * (the store assigns it). A field left empty is removed (an optional fee, minimum or limit
     * dropped; a required price then reported missing); a field not submitted keeps its value.
     * Numbers are read as the page's language writes them: in French a decimal comma and spaces
     * between digit groups ({@code 1 500,00}), in English commas between digit groups ({@code 1,500.00}).
     */
    static ObjectNode apply(JsonNode latest, Map<String, String> submitted, String effectiveFrom, String language) {
        ObjectNode out = latest.deepCopy();
        out.remove("version");
        out.put("effective_from", effectiveFrom == null ? "" : effectiveFrom.strip());
        for (Field f : of(latest)) {
            String value = submitted.get(f.path());
            if (value == null) {
                continue;
            }
            ObjectNode parent = parent(out, f.path());
            String name = f.path().substring(f.path().lastIndexOf('.') + 1);
            String number = normalised(value, language);
            if (number.isEmpty()) {
                parent.remove(name);
            } else {
                parent.put(name, number);
            }
        }
        return out;
    }

    private static Field field(JsonNode parent, String at, String name, Kind kind, String subject, int tier) {
        JsonNode value = parent.get(name);
        String text = value == null || value.isNull() ? "" : value.isNumber() ? value.decimalValue().toPlainString() : value.asText();
        return new Field(at + name, kind, subject, tier, text);
    }

    /** The object holding the field at {@code path}: {@code components[1].tiers[0].unit_price} → tier 0 of component 1. */
    private static ObjectNode parent(ObjectNode root, String path) {
        JsonNode node = root;
        String[] steps = path.split("\\.");
        for (int i = 0; i < steps.length - 1; i++) {
            String step = steps[i];
            int bracket = step.indexOf('[');
            if (bracket < 0) {
                node = node.get(step);
            } else {
                node = node.get(step.substring(0, bracket)).get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
            }
        }
        return (ObjectNode) node;
    }

    private static String normalised(String value, String language) {
        String v = value.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "");
        return "fr".equals(language) ? v.replace(',', '.') : v.replace(",", "");
    }
}
