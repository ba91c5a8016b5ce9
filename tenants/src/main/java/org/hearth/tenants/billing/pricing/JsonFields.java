package org.hearth.tenants.billing.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One object of the plans document and where it is ({@code plans[1].versions[0]}): typed getters
 * that fail with a {@link PlanInvalid} naming the field. Decimals may be written as JSON numbers
 * or as strings ({@code "49.00"}), and are kept exact.
 */
record JsonFields(JsonNode node, String path) {

    static JsonFields object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new PlanInvalid(path, "must be an object");
        }
        return new JsonFields(node, path);
    }

    String at(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Refuses a field not in {@code allowed}: a misspelt field would otherwise be silently ignored. */
    void only(Set<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new PlanInvalid(at(name), "is not a known field (known: " + allowed.stream().sorted().toList() + ")");
            }
        }
    }

    boolean has(String name) {
        return node.has(name) && !node.get(name).isNull();
    }

    String text(String name) {
        JsonNode value = required(name);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new PlanInvalid(at(name), "must be a non-empty string");
        }
        return value.asText();
    }

    Optional<String> optionalText(String name) {
        return has(name) ? Optional.of(text(name)) : Optional.empty();
    }

    BigDecimal decimal(String name) {
        JsonNode value = required(name);
        try {
            if (value.isNumber()) {
                return value.decimalValue();
            }
            if (value.isTextual()) {
                return new BigDecimal(value.asText());
            }
        } catch (NumberFormatException e) {
            // reported below, with the field
        }
        throw new PlanInvalid(at(name), "must be a decimal number, such as 49.00");
    }

    Optional<BigDecimal> optionalDecimal(String name) {
        return has(name) ? Optional.of(decimal(name)) : Optional.empty();
    }

    /** A decimal of at least zero. */
    BigDecimal price(String name) {
        BigDecimal value = decimal(name);
        if (value.signum() < 0) {
            throw new PlanInvalid(at(name), "must not be negative");
        }
        return value;
    }

    Optional<BigDecimal> optionalPrice(String name) {
        return has(name) ? Optional.of(price(name)) : Optional.empty();
    }

    int integer(String name) {
        JsonNode value = required(name);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new PlanInvalid(at(name), "must be a whole number");
        }
        return value.intValue();
    }

    LocalDate date(String name) {
        String text = text(name);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new PlanInvalid(at(name), "must be a date as YYYY-MM-DD, not " + text);
        }
    }

    JsonFields child(String name) {
        return object(required(name), at(name));
    }

    /** The array's elements as objects, each with its index in its path. */
    List<JsonFields> objects(String name) {
        JsonNode value = required(name);
        if (!value.isArray()) {
            throw new PlanInvalid(at(name), "must be an array");
        }
        List<JsonFields> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            out.add(object(value.get(i), at(name) + "[" + i + "]"));
        }
        return out;
    }

    private JsonNode required(String name) {
        if (!has(name)) {
            throw new PlanInvalid(at(name), "is required");
        }
        return node.get(name);
    }
}
