package org.hearth.reporting.pilots;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stored and wire shapes of a question's answer and filters (the JSONB columns of
 * {@code reporting.pilot_questions} and the API's members). Decimals travel as strings, exactly.
 */
final class AnswerJson {

    private AnswerJson() {
    }

    static String text(Published p) {
        return json(p).encode();
    }

    static JsonObject json(Published p) {
        JsonObject o = new JsonObject().put("halfWidth95", p.halfWidth95().toPlainString());
        if (p.value() != null) {
            o.put("value", p.value().toPlainString()).put("low95", p.low95().toPlainString()).put("high95", p.high95().toPlainString());
        }
        if (!p.bins().isEmpty()) {
            JsonArray bins = new JsonArray();
            p.bins().forEach(b -> bins.add(new JsonObject().put("label", b.label()).put("value", b.value())));
            o.put("bins", bins);
        }
        return o;
    }

    static Published parse(String text) {
        if (text == null) {
            return null;
        }
        JsonObject o = new JsonObject(text);
        List<Published.Bin> bins = o.getJsonArray("bins", new JsonArray()).stream().map(JsonObject.class::cast)
                .map(b -> new Published.Bin(b.getString("label"), b.getLong("value"))).toList();
        return new Published(decimal(o, "value"), decimal(o, "low95"), decimal(o, "high95"), decimal(o, "halfWidth95"), bins);
    }

    static String filters(Map<String, String> filters) {
        return new JsonObject(new TreeMap<>(filters)).encode();
    }

    static Map<String, String> filters(String text) {
        Map<String, String> out = new TreeMap<>();
        new JsonObject(text).forEach(e -> out.put(e.getKey(), String.valueOf(e.getValue())));
        return out;
    }

    private static BigDecimal decimal(JsonObject o, String key) {
        return o.getValue(key) == null ? null : new BigDecimal(o.getValue(key).toString());
    }
}
