package org.hearth.datastore.pages;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hearth.datastore.schemas.RecordSchema;
import org.hearth.datastore.schemas.SchemaField;
import org.hearth.web.pages.Messages;

/**
 * A record's data as a person reads it: each field under its label, dates and numbers in their
 * language, choices by their label, lists as lists. Fields its type does not name (and every
 * field of a type Hearth does not know) are shown under a label made from their name.
 */
final class RecordValues {

    private RecordValues() {
    }

    static List<PageModels.Line> of(Messages m, Optional<RecordSchema> schema, JsonObject data) {
        List<PageModels.Line> lines = new ArrayList<>();
        List<String> named = new ArrayList<>();
        schema.ifPresent(s -> s.fields().forEach(f -> {
            named.add(f.name());
            Object value = data.getValue(f.name());
            if (value != null) {
                lines.add(line(m, f, value));
            }
        }));
        for (String key : data.fieldNames()) {
            if (!named.contains(key)) {
                lines.add(free(m, humanise(key), data.getValue(key)));
            }
        }
        return lines;
    }

    private static PageModels.Line line(Messages m, SchemaField f, Object value) {
        String label = f.label(m.language());
        if ("rows".equals(f.input()) && value instanceof JsonArray rows) {
            List<String> items = new ArrayList<>();
            for (Object row : rows) {
                if (row instanceof JsonObject o) {
                    List<String> parts = new ArrayList<>();
                    for (SchemaField part : f.row()) {
                        if (o.getValue(part.name()) != null) {
                            parts.add(scalar(m, part, o.getValue(part.name())));
                        }
                    }
                    items.add(String.join(" · ", parts));
                } else {
                    items.add(String.valueOf(row));
                }
            }
            return new PageModels.Line(label, "", items);
        }
        if (value instanceof JsonArray list) {
            return new PageModels.Line(label, "", list.stream().map(String::valueOf).toList());
        }
        return new PageModels.Line(label, scalar(m, f, value), List.of());
    }

    private static String scalar(Messages m, SchemaField f, Object value) {
        String text = String.valueOf(value);
        return switch (f.input()) {
            case "choice" -> f.choiceLabel(text, m.language());
            case "date" -> date(m, text);
            case "number", "integer" -> value instanceof Number n ? m.formats().number(new BigDecimal(n.toString())) : text;
            case "iban" -> text.replaceAll("(.{4})(?=.)", "$1 ");
            default -> text;
        };
    }

    private static String date(Messages m, String text) {
        try {
            return m.date(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    private static PageModels.Line free(Messages m, String label, Object value) {
        if (value instanceof JsonArray list) {
            return new PageModels.Line(label, "", list.stream().map(v -> v instanceof JsonObject o ? inline(m, o) : String.valueOf(v)).toList());
        }
        if (value instanceof JsonObject o) {
            List<String> items = new ArrayList<>();
            o.forEach(e -> items.add(m.t("value.pair", humanise(e.getKey()), plain(m, e.getValue()))));
            return new PageModels.Line(label, "", items);
        }
        return new PageModels.Line(label, plain(m, value), List.of());
    }

    private static String inline(Messages m, JsonObject o) {
        List<String> parts = new ArrayList<>();
        o.forEach(e -> parts.add(m.t("value.pair", humanise(e.getKey()), plain(m, e.getValue()))));
        return String.join(" · ", parts);
    }

    private static String plain(Messages m, Object value) {
        if (value instanceof Boolean b) {
            return m.t(b ? "value.yes" : "value.no");
        }
        if (value instanceof Number n) {
            return m.formats().number(new BigDecimal(n.toString()));
        }
        if (value instanceof JsonObject o) {
            return inline(m, o);
        }
        return value instanceof JsonArray a ? String.join(", ", a.stream().map(v -> plain(m, v)).toList()) : String.valueOf(value);
    }

    /** {@code postalCode} or {@code postal_code} to {@code Postal code}. */
    static String humanise(String key) {
        String words = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ').strip().toLowerCase(Locale.ROOT);
        return words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
