package org.hearth.datastore.mail;

import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** A queued mail's facts as the sealed text stores them: one flat JSON object of strings. */
final class MailFactsJson {

    private MailFactsJson() {
    }

    static String encode(Map<String, String> facts) {
        JsonObject o = new JsonObject();
        new LinkedHashMap<>(facts).forEach(o::put);
        return o.encode();
    }

    static Map<String, String> decode(String text) {
        Map<String, String> facts = new HashMap<>();
        new JsonObject(text).forEach(e -> facts.put(e.getKey(), String.valueOf(e.getValue())));
        return facts;
    }
}
