package org.hearth.app;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * What an attacker sends instead of a valid value: wrong types, NUL and lone surrogates, numbers
 * of 40 digits, deep nesting, oversized strings, injection and traversal strings. Each is a JSON
 * literal (for bodies) and a raw string (for paths, queries and headers).
 */
final class HostileValues {

    /** One hostile value: its JSON text and what it is as a string. */
    record Value(String name, String json, String raw) {
        /** The JSON type the value has, to tell a wrong type (must be refused) from odd content. */
        String jsonType() {
            char c = json.charAt(0);
            return switch (c) {
                case '"' -> "string";
                case '[' -> "array";
                case '{' -> "object";
                case 't', 'f' -> "boolean";
                case 'n' -> "null";
                default -> "number";
            };
        }
    }

    static final String FORTY_DIGITS = "1234567890123456789012345678901234567890";

    static final List<Value> ALL = List.of(
            new Value("integer", "12345", "12345"),
            new Value("boolean", "true", "true"),
            new Value("null", "null", "null"),
            new Value("empty array", "[]", "[]"),
            new Value("empty object", "{}", "{}"),
            new Value("forty-digit number", FORTY_DIGITS, FORTY_DIGITS),
            new Value("forty-digit decimal string", quote(FORTY_DIGITS + ".99"), FORTY_DIGITS + ".99"),
            new Value("negative decimal string", quote("-30000.00"), "-30000.00"),
            new Value("huge exponent", "1e400", "1e400"),
            new Value("twenty nines", "99999999999999999999", "99999999999999999999"),
            new Value("NUL in a string", "\"before\\u0000after\"", "before\u0000after"),
            new Value("lone surrogate", "\"x\\ud800y\"", "x\ud800y"),
            new Value("right-to-left override", "\"abc\\u202egpj.exe\"", "abc\u202egpj.exe"),
            new Value("deep nesting 998", "[".repeat(998) + "]".repeat(998), "[".repeat(998) + "]".repeat(998)),
            new Value("deep nesting 5000", "[".repeat(5000) + "]".repeat(5000), "[".repeat(5000)),
            new Value("string of 20000", quote("x".repeat(20_000)), "x".repeat(20_000)),
            new Value("string of 70000", quote("y".repeat(70_000)), "y".repeat(70_000)),
            new Value("SQL injection", quote("' OR '1'='1' --"), "' OR '1'='1' --"),
            new Value("SQL statement", quote("\"; DROP TABLE datastore.records; --"), "\"; DROP TABLE datastore.records; --"),
            new Value("script", quote("<script>alert(1)</script>"), "<script>alert(1)</script>"),
            new Value("JNDI lookup", quote("${jndi:ldap://127.0.0.1:1389/a}"), "${jndi:ldap://127.0.0.1:1389/a}"),
            new Value("template", quote("{{7*7}}${7*7}"), "{{7*7}}${7*7}"),
            new Value("path traversal", quote("../../../../etc/passwd"), "../../../../etc/passwd"),
            new Value("encoded traversal", quote("..%2f..%2f..%2fetc%2fpasswd"), "..%2f..%2f..%2fetc%2fpasswd"),
            new Value("backslash traversal", quote("..\\..\\windows\\win.ini"), "..\\..\\windows\\win.ini"),
            new Value("impossible date", quote("2025-02-30"), "2025-02-30"),
            new Value("year ten thousand", quote("10000-01-01"), "10000-01-01"),
            new Value("empty string", quote(""), ""),
            new Value("not a uuid", quote("not-a-uuid"), "not-a-uuid"),
            new Value("nil uuid", quote("00000000-0000-0000-0000-000000000000"), "00000000-0000-0000-0000-000000000000"));

    private HostileValues() {
    }

    static String quote(String s) {
        return io.vertx.core.json.Json.encode(s);
    }

    /** Every place in {@code json} a value can go: "/a", "/a/0/b" (JSON pointers, leaves and containers). */
    static List<String> pointers(Object json, String prefix) {
        List<String> out = new java.util.ArrayList<>();
        if (json instanceof JsonObject o) {
            for (String key : o.fieldNames()) {
                out.add(prefix + "/" + key);
                out.addAll(pointers(o.getValue(key), prefix + "/" + key));
            }
        } else if (json instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(prefix + "/" + i);
                out.addAll(pointers(a.getValue(i), prefix + "/" + i));
            }
        }
        return out;
    }

    /** {@code body} with the value at {@code pointer} replaced by the raw JSON text {@code literal}. */
    static String replace(String body, String pointer, String literal) {
        String marker = "\"__hostile_" + Integer.toHexString(pointer.hashCode()) + "__\"";
        Object root = new JsonObject(body);
        String[] steps = pointer.substring(1).split("/");
        Object parent = root;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = parent instanceof JsonObject o ? o.getValue(steps[i]) : ((JsonArray) parent).getValue(Integer.parseInt(steps[i]));
        }
        String last = steps[steps.length - 1];
        String placeholder = marker.substring(1, marker.length() - 1);
        if (parent instanceof JsonObject o) {
            o.put(last, placeholder);
        } else {
            ((JsonArray) parent).set(Integer.parseInt(last), placeholder);
        }
        return ((JsonObject) root).encode().replace(marker, literal);
    }
}
