package org.hearth.governance.charter;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One YAML mapping of the charter, with the path that leads to it ({@code resolutions.special},
 * {@code colleges[2]}) so that every error can name the exact field.
 */
final class YamlMap {

    private final Source source;
    private final String path;
    private final Map<String, Object> entries;

    private YamlMap(Source source, String path, Map<String, Object> entries) {
        this.source = source;
        this.path = path;
        this.entries = entries;
    }

    /** The mapping {@code value} found at {@code path}; {@code path} is empty for the root. */
    static YamlMap of(Object value, String path, Source source) {
        if (!(value instanceof Map<?, ?> map)) {
            String field = path.isEmpty() ? CharterException.BLOCK : path;
            throw source.error(field, shown(value), "expected a mapping of fields (key: value lines)");
        }
        Map<String, Object> entries = new LinkedHashMap<>();
        map.forEach((k, v) -> entries.put(String.valueOf(k), v));
        return new YamlMap(source, path, entries);
    }

    /** The path of {@code key} inside this mapping. */
    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /**
     * Rejects any key outside {@code allowed}: a misspelt optional field would otherwise be
     * ignored, and the charter would quietly mean something other than what its editor wrote.
     */
    YamlMap allowOnly(Collection<String> allowed) {
        for (String key : entries.keySet()) {
            if (!allowed.contains(key)) {
                throw source.error(path(key), null, "unknown field" + Spelling.suggestion(key, allowed)
                        + "; expected one of " + String.join(", ", allowed));
            }
        }
        return this;
    }

    /** The single value at {@code key} as trimmed text; {@code expected} describes it for errors. */
    String text(String key, String expected) {
        return optionalText(key, expected).orElseThrow(() -> source.missing(path(key), expected));
    }

    Optional<String> optionalText(String key, String expected) {
        Object value = entries.get(key);
        if (value == null) {
            return Optional.empty();
        }
        // Numbers and booleans only arrive here through explicit tags such as !!float.
        if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
            throw source.error(path(key), shown(value), "expected a single value: " + expected);
        }
        String text = value.toString().strip();
        if (text.isEmpty()) {
            throw source.missing(path(key), expected);
        }
        return Optional.of(text);
    }

    YamlMap map(String key, String expected) {
        Object value = entries.get(key);
        if (value == null) {
            throw source.missing(path(key), expected);
        }
        return of(value, path(key), source);
    }

    /** The list at {@code key}; empty when the key is absent. */
    List<?> list(String key, String expected) {
        Object value = entries.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw source.error(path(key), shown(value), "expected a list: " + expected);
        }
        return list;
    }

    /** The mapping at index {@code index} of {@code list}, which was read from {@code key}. */
    YamlMap element(String key, List<?> list, int index) {
        return of(list.get(index), path(key) + "[" + index + "]", source);
    }

    private static String shown(Object value) {
        return value instanceof byte[] ? "(binary)" : String.valueOf(value);
    }
}
