package org.hearth.datastore.pages;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.datastore.schemas.FieldError;
import org.hearth.datastore.schemas.RecordSchema;
import org.hearth.datastore.schemas.SchemaField;
import org.hearth.web.pages.Messages;

/**
 * A record type's form: the inputs a template shows (labelled, of the right kind, with the values
 * and the errors of the last try), and the way back from the posted fields to the record's data.
 * Inputs are named {@code f.<field>}, a row's {@code f.<field>.<i>.<part>}.
 */
final class RecordForm {

    /** Empty rows offered after the filled ones, so a list can grow without JavaScript. */
    static final int SPARE_ROWS = 2;

    private RecordForm() {
    }

    /**
     * The type of a record: its registered schema, or for a type Hearth does not know (an app's),
     * one made from the data, whose top-level texts and numbers can be changed and whose other
     * values are kept as they are.
     */
    static RecordSchema typeOf(org.hearth.datastore.schemas.RecordSchemas schemas, String schemaId, JsonObject data) {
        return schemas.find(schemaId).orElseGet(() -> {
            String name = schemaId.contains(":") && schemaId.contains("/")
                    ? RecordValues.humanise(schemaId.substring(schemaId.indexOf(':') + 1, schemaId.lastIndexOf('/'))) : schemaId;
            JsonObject document = new JsonObject().put("title", name).put("description", "").put("properties", new JsonObject())
                    .put("x-hearth", new JsonObject().put("fr", new JsonObject().put("title", name).put("description", "")));
            List<SchemaField> fields = new ArrayList<>();
            data.forEach(e -> {
                String kind = e.getValue() instanceof String ? "text" : e.getValue() instanceof Number n
                        ? (n instanceof Double || n instanceof Float || n instanceof BigDecimal ? "number" : "integer") : null;
                if (kind != null) {
                    String label = RecordValues.humanise(e.getKey());
                    fields.add(new SchemaField(e.getKey(), kind, label, label, null, null, false, Map.of(), List.of()));
                }
            });
            return new RecordSchema(schemaId, document, null, null, List.copyOf(fields));
        });
    }

    /** Links from the form's error summary to each failing input. */
    static List<PageModels.Option> errorLinks(Messages m, List<PageModels.Input> inputs) {
        List<PageModels.Option> links = new ArrayList<>();
        for (PageModels.Input i : inputs) {
            if (i.error() != null) {
                links.add(new PageModels.Option("#" + i.id(), m.t("value.pair", i.label(), i.error())));
            }
            for (List<PageModels.Input> row : i.rows()) {
                for (PageModels.Input part : row) {
                    if (part.error() != null) {
                        links.add(new PageModels.Option("#" + part.id(), m.t("value.pair", part.label(), part.error())));
                    }
                }
            }
        }
        return links;
    }

    /** The inputs for {@code schema}, filled from {@code data}, with {@code errors} next to their fields. */
    static List<PageModels.Input> inputs(Messages m, RecordSchema schema, JsonObject data, List<FieldError> errors) {
        Map<String, String> byPointer = new LinkedHashMap<>();
        for (FieldError e : errors) {
            byPointer.putIfAbsent(e.pointer(), message(m, schema, e));
        }
        List<PageModels.Input> inputs = new ArrayList<>();
        for (SchemaField f : schema.fields()) {
            inputs.add(input(m, f, "f-" + f.name(), "f." + f.name(), data.getValue(f.name()), "/" + f.name(), byPointer));
        }
        return inputs;
    }

    private static PageModels.Input input(Messages m, SchemaField f, String id, String name, Object value, String pointer, Map<String, String> errors) {
        String language = m.language();
        String error = errors.get(pointer);
        if ("rows".equals(f.input())) {
            JsonArray items = value instanceof JsonArray a ? a : new JsonArray();
            List<List<PageModels.Input>> rows = new ArrayList<>();
            for (int i = 0; i < items.size() + SPARE_ROWS; i++) {
                JsonObject item = i < items.size() && items.getValue(i) instanceof JsonObject o ? o : new JsonObject();
                List<PageModels.Input> row = new ArrayList<>();
                for (SchemaField part : f.row()) {
                    PageModels.Input one = input(m, part, id + "-" + i + "-" + part.name(), name + "." + i + "." + part.name(), item.getValue(part.name()),
                            pointer + "/" + i + "/" + part.name(), errors);
                    row.add(new PageModels.Input(one.id(), one.name(), one.input(), one.label() + " (" + (i + 1) + ")", one.help(), false, one.value(),
                            one.options(), one.error(), List.of()));
                }
                rows.add(row);
            }
            return new PageModels.Input(id, name, f.input(), f.label(language), f.help(language), f.required(), "", List.of(), error, rows);
        }
        List<PageModels.Option> options = new ArrayList<>();
        f.choices().forEach((v, labels) -> options.add(new PageModels.Option(v, "fr".equals(language) ? labels[1] : labels[0])));
        return new PageModels.Input(id, name, f.input(), f.label(language), f.help(language), f.required(), text(value), options, error, List.of());
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof JsonArray a) {
            return String.join("\n", a.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    /**
     * The record's data from the posted form: {@code previous} (the record as it was, or empty)
     * with the schema's fields replaced by what was posted; a field left empty is removed, fields
     * the schema does not name are kept. A number that does not parse stays text, so the schema's
     * check names it.
     */
    static JsonObject data(RecordSchema schema, MultiMap form, JsonObject previous) {
        JsonObject data = previous.copy();
        for (SchemaField f : schema.fields()) {
            Object value = value(f, form, "f." + f.name());
            if (value == null) {
                data.remove(f.name());
            } else {
                data.put(f.name(), value);
            }
        }
        return data;
    }

    private static Object value(SchemaField f, MultiMap form, String name) {
        if ("rows".equals(f.input())) {
            JsonArray rows = new JsonArray();
            for (int i = 0; i < 200 && hasRow(f, form, name + "." + i); i++) {
                JsonObject row = new JsonObject();
                for (SchemaField part : f.row()) {
                    Object v = value(part, form, name + "." + i + "." + part.name());
                    if (v != null) {
                        row.put(part.name(), v);
                    }
                }
                if (!row.isEmpty()) {
                    rows.add(row);
                }
            }
            return rows.isEmpty() ? null : rows;
        }
        String raw = form.get(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        return switch (f.input()) {
            case "lines" -> {
                JsonArray lines = new JsonArray();
                text.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
                yield lines;
            }
            case "number" -> number(text, false);
            case "integer" -> number(text, true);
            case "iban" -> org.hearth.datastore.schemas.Iban.normalise(text);
            case "textarea" -> raw.replace("\r\n", "\n").strip();
            default -> text;
        };
    }

    private static boolean hasRow(SchemaField f, MultiMap form, String prefix) {
        return f.row().stream().anyMatch(part -> form.contains(prefix + "." + part.name()));
    }

    /** A number as people type it ({@code 1 250,50} or {@code 1,250.50}); the text itself when it is not one. */
    static Object number(String text, boolean integer) {
        String compact = text.replaceAll("[\\s\u00a0\u202f]", "");
        if (compact.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            compact = compact.replace(",", "");
        } else if (compact.matches("-?\\d+,\\d+")) {
            compact = compact.replace(',', '.');
        }
        try {
            BigDecimal n = new BigDecimal(compact);
            if (integer) {
                return n.stripTrailingZeros().scale() <= 0 ? (Object) n.longValueExact() : text;
            }
            return n.scale() <= 0 && n.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0 ? (Object) n.longValue() : (Object) n.doubleValue();
        } catch (NumberFormatException | ArithmeticException e) {
            return text;
        }
    }

    /** The error a person reads next to the field, in their language. */
    static String message(Messages m, RecordSchema schema, FieldError e) {
        String top = e.field();
        String input = schema.field(top).map(SchemaField::input).orElse("text");
        if ("rows".equals(input)) {
            String[] parts = e.pointer().split("/");
            String part = parts.length > 3 ? parts[3] : "";
            input = schema.field(top).flatMap(f -> f.row().stream().filter(p -> p.name().equals(part)).findFirst())
                    .map(SchemaField::input).orElse("text");
        }
        return switch (e.rule()) {
            case "required" -> m.t("form.error.required");
            case "format", "type", "pattern" -> m.tOr("form.error." + input, m.t("form.error.format"));
            case "enum" -> m.t("form.error.choice");
            case "minimum" -> m.t("form.error.minimum", bound(schema, top, "minimum"));
            case "maximum" -> m.t("form.error.maximum", bound(schema, top, "maximum"));
            case "maxLength", "maxItems" -> m.t("form.error.tooLong");
            default -> m.t("form.error.format");
        };
    }

    private static String bound(RecordSchema schema, String field, String keyword) {
        JsonObject p = schema.document().getJsonObject("properties").getJsonObject(field);
        return p == null || p.getValue(keyword) == null ? "" : String.valueOf(p.getValue(keyword));
    }
}
