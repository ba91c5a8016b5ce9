package org.hearth.tenants.pilots;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The pilot's fields in their one JSON shape (the contract with reporting, which reads
 * {@code tenants.pilots.fields}): {@code [{"schema","field","kind","lower","upper","decimals","bins"}]}
 * for a numeric field, {@code [{"schema","field","kind","categories"}]} for a categorical one.
 * Reading refuses a wrong type with {@code pilot_invalid} naming the field; the rules are {@link PilotRules}'.
 */
public final class PilotFieldsJson {

    private PilotFieldsJson() {
    }

    /** The stored form of {@code tenants.pilots.fields} (the repository keeps JSON types out of its own code). */
    static String encode(List<PilotField> fields) {
        return write(fields).encode();
    }

    /** Reads the stored form back. */
    static List<PilotField> decode(String stored) {
        return read(new JsonArray(stored));
    }

    public static JsonArray write(List<PilotField> fields) {
        JsonArray array = new JsonArray();
        for (PilotField f : fields) {
            JsonObject o = new JsonObject().put("schema", f.schema()).put("field", f.field()).put("kind", f.kind().code());
            if (f.kind() == PilotField.Kind.NUMERIC) {
                o.put("lower", f.lower()).put("upper", f.upper()).put("decimals", f.decimals());
                if (!f.bins().isEmpty()) {
                    o.put("bins", new JsonArray(new ArrayList<>(f.bins())));
                }
            } else {
                o.put("categories", new JsonArray(new ArrayList<>(f.categories())));
            }
            array.add(o);
        }
        return array;
    }

    /** Reads the wire form; {@code null} or a non-array is an empty list (the rules then refuse it). */
    public static List<PilotField> read(Object value) {
        if (!(value instanceof JsonArray array)) {
            if (value != null) {
                throw PilotRules.invalid("fields", "a list of fields to aggregate");
            }
            return List.of();
        }
        List<PilotField> fields = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "fields[" + i + "]";
            if (!(array.getValue(i) instanceof JsonObject o)) {
                throw PilotRules.invalid(at, "an object with schema, field and kind");
            }
            String kindText = string(o, at + ".kind", "kind");
            PilotField.Kind kind = PilotField.Kind.fromCode(kindText);
            if (kindText != null && kind == null) {
                throw PilotRules.invalid(at + ".kind", "numeric or categorical");
            }
            fields.add(new PilotField(string(o, at + ".schema", "schema"), string(o, at + ".field", "field"), kind,
                    number(o.getValue("lower"), at + ".lower"), number(o.getValue("upper"), at + ".upper"), whole(o.getValue("decimals"), at + ".decimals"),
                    numbers(o.getValue("bins"), at + ".bins"), strings(o.getValue("categories"), at + ".categories")));
        }
        return fields;
    }

    private static String string(JsonObject o, String at, String key) {
        Object v = o.getValue(key);
        if (v != null && !(v instanceof String)) {
            throw PilotRules.invalid(at, "text");
        }
        return (String) v;
    }

    private static BigDecimal number(Object v, String at) {
        if (v == null) {
            return null;
        }
        if (!(v instanceof Number n)) {
            throw PilotRules.invalid(at, "a number");
        }
        String text = n.toString();
        if (text.length() > 40 || text.contains("Infinity") || text.contains("NaN")) {
            throw PilotRules.invalid(at, "a finite number");
        }
        BigDecimal d = new BigDecimal(text);
        if (d.precision() - d.scale() > 15 || d.scale() > 12) {
            throw PilotRules.invalid(at, "a number of at most 15 digits before the decimal point and 12 after");
        }
        return d;
    }

    private static Integer whole(Object v, String at) {
        if (v == null) {
            return null;
        }
        if (!(v instanceof Integer) && !(v instanceof Long)) {
            throw PilotRules.invalid(at, "a whole number");
        }
        long n = ((Number) v).longValue();
        return n < Integer.MIN_VALUE || n > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) n;
    }

    private static List<BigDecimal> numbers(Object v, String at) {
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof JsonArray a)) {
            throw PilotRules.invalid(at, "a list of numbers");
        }
        List<BigDecimal> out = new ArrayList<>();
        for (Object x : a) {
            BigDecimal d = number(x, at);
            if (d == null) {
                throw PilotRules.invalid(at, "a list of numbers");
            }
            out.add(d);
        }
        return out;
    }

    private static List<String> strings(Object v, String at) {
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof JsonArray a)) {
            throw PilotRules.invalid(at, "a list of values");
        }
        List<String> out = new ArrayList<>();
        for (Object x : a) {
            if (!(x instanceof String s)) {
                throw PilotRules.invalid(at, "a list of text values");
            }
            out.add(s);
        }
        return out;
    }
}
