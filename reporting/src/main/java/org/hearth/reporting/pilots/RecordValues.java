package org.hearth.reporting.pilots;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The few top-level values a question needs from a record's data JSON, read with a streaming
 * parser that skips everything else (a hundred thousand records are read per question). A number
 * comes back as a {@link BigDecimal}, a string as a {@link String}; any other value, or a missing
 * one, is absent. Data that is not a JSON object has no values.
 */
final class RecordValues {

    private static final JsonFactory JSON = new JsonFactory();

    private RecordValues() {
    }

    static Map<String, Object> of(String dataJson, Set<String> wanted) {
        Map<String, Object> found = new HashMap<>(4);
        try (JsonParser p = JSON.createParser(dataJson)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return found;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (!wanted.contains(name)) {
                    p.skipChildren();
                } else if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
                    found.put(name, p.getDecimalValue());
                } else if (value == JsonToken.VALUE_STRING) {
                    found.put(name, p.getText());
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            // Data the store accepted is JSON; what cannot be read contributes nothing.
            return Map.of();
        }
        return found;
    }
}
