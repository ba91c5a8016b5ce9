package org.hearth.reporting.pilots;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hearth.reporting.pilots.privacy.Bounds;

/**
 * {@code tenants.pilots.fields} read into {@link PilotField}s: [{"schema","field","kind":
 * "numeric"|"categorical", numeric: "lower","upper","decimals", optional "bins"; categorical:
 * "categories"}]. The pilots' service validated it when the pilot was proposed; an element that
 * does not read here is left out, so no question can be asked about it.
 */
final class PilotFieldsJson {

    private PilotFieldsJson() {
    }

    static List<PilotField> parse(String text) {
        List<PilotField> fields = new ArrayList<>();
        for (Object element : new JsonArray(text)) {
            try {
                fields.add(field((JsonObject) element));
            } catch (RuntimeException e) {
                // Not a field this engine can answer about: no question may name it.
            }
        }
        return fields;
    }

    private static PilotField field(JsonObject f) {
        String schema = f.getString("schema");
        String name = f.getString("field");
        if (schema == null || name == null) {
            throw new IllegalArgumentException("schema and field are required");
        }
        if ("numeric".equals(f.getString("kind"))) {
            Bounds bounds = new Bounds(decimal(f.getValue("lower")), decimal(f.getValue("upper")), f.getInteger("decimals", 0));
            List<BigDecimal> edges = f.getJsonArray("bins", new JsonArray()).stream().map(AnswerJsonDecimals::of).toList();
            return new PilotField(schema, name, true, bounds, edges, List.of());
        }
        if ("categorical".equals(f.getString("kind"))) {
            List<String> categories = f.getJsonArray("categories").stream().map(String::valueOf).toList();
            return new PilotField(schema, name, false, null, List.of(), categories);
        }
        throw new IllegalArgumentException("kind is numeric or categorical");
    }

    private static BigDecimal decimal(Object value) {
        return AnswerJsonDecimals.of(value);
    }

    /** A JSON number (or a number in a string) as an exact decimal. */
    private static final class AnswerJsonDecimals {
        static BigDecimal of(Object value) {
            if (value == null) {
                throw new IllegalArgumentException("a number is required");
            }
            return new BigDecimal(value.toString());
        }
    }
}
