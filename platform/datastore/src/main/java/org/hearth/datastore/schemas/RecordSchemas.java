package org.hearth.datastore.schemas;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonFormatValidator;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputFormat;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/**
 * The registry of record types, read once at start from {@code schemas/index.txt} and the
 * documents it lists; each type's validator is built then, not per request. A record of a known
 * type must match its schema; a record of an unknown type is free JSON (apps define their own).
 * Fields a schema does not name are allowed and kept, so an app can add to a type.
 */
public final class RecordSchemas {

    private static final JsonSchemaOptions OPTIONS = new JsonSchemaOptions().setDraft(Draft.DRAFT202012)
            .setBaseUri("https://hearth.invalid/schemas/").setOutputFormat(OutputFormat.Basic);
    private static final JsonFormatValidator FORMATS = (type, format, instance) -> "iban".equals(format)
            ? instance instanceof String s && Iban.isValid(s) ? null : "not a valid IBAN"
            : JsonFormatValidator.DEFAULT_VALIDATOR.validateFormat(type, format, instance);

    private final Map<String, RecordSchema> schemas;
    private final Map<String, Validator> validators;
    private final List<String> order;

    private RecordSchemas(Map<String, RecordSchema> schemas, Map<String, Validator> validators, List<String> order) {
        this.schemas = Map.copyOf(schemas);
        this.validators = Map.copyOf(validators);
        this.order = List.copyOf(order);
    }

    /** The registry this build ships. */
    public static RecordSchemas builtIn() {
        Map<String, RecordSchema> schemas = new LinkedHashMap<>();
        Map<String, Validator> validators = new LinkedHashMap<>();
        for (String line : resource("schemas/index.txt").split("\n")) {
            String id = line.strip();
            if (id.isEmpty() || id.startsWith("#")) {
                continue;
            }
            String path = "schemas/" + id.substring("hearth:".length(), id.lastIndexOf('/')) + "/" + id.substring(id.lastIndexOf('/') + 1) + ".json";
            JsonObject document = new JsonObject(resource(path));
            if (!id.equals(document.getString("$id"))) {
                throw new IllegalStateException(path + " declares $id " + document.getString("$id") + ", not " + id);
            }
            schemas.put(id, parse(id, document));
            JsonObject forValidation = document.copy();
            forValidation.remove("$id");
            validators.put(id, Validator.create(JsonSchema.of(forValidation), OPTIONS, FORMATS));
        }
        return new RecordSchemas(schemas, validators, new ArrayList<>(schemas.keySet()));
    }

    /** Every known type, in the order the registry lists them. */
    public List<RecordSchema> all() {
        return order.stream().map(schemas::get).toList();
    }

    public Optional<RecordSchema> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(schemas.get(id));
    }

    /** What is wrong with {@code data} for type {@code schemaId}; empty when it matches or the type is unknown. */
    public List<FieldError> problems(String schemaId, JsonObject data) {
        RecordSchema schema = schemaId == null ? null : schemas.get(schemaId);
        if (schema == null) {
            return List.of();
        }
        List<FieldError> problems = new ArrayList<>();
        for (SchemaField f : schema.fields()) {
            Object value = data.getValue(f.name());
            if (f.required() && (value == null || value instanceof String s && s.isBlank())) {
                problems.add(new FieldError("/" + f.name(), f.name(), "required"));
            }
        }
        OutputUnit out = validators.get(schemaId).validate(data);
        if (!Boolean.TRUE.equals(out.getValid()) && out.getErrors() != null) {
            for (OutputUnit e : out.getErrors()) {
                String pointer = pointer(e.getInstanceLocation());
                String keyword = e.getKeywordLocation() == null ? "" : e.getKeywordLocation().substring(e.getKeywordLocation().lastIndexOf('/') + 1);
                if ("required".equals(keyword) || pointer.isEmpty() || "properties".equals(keyword) || "items".equals(keyword)) {
                    continue;
                }
                String field = pointer.substring(1).split("/", 2)[0];
                if (problems.stream().noneMatch(p -> p.pointer().equals(pointer))) {
                    problems.add(new FieldError(pointer, field, keyword));
                }
            }
        }
        return problems;
    }

    /**
     * Refuses {@code dataJson} (422 {@code record_invalid}, naming the first failing field in
     * {@code field} and all of them in {@code errors}) unless it matches its known type.
     */
    public void check(String schemaId, String dataJson) {
        List<FieldError> problems = problems(schemaId, new JsonObject(dataJson));
        if (problems.isEmpty()) {
            return;
        }
        JsonArray errors = new JsonArray();
        problems.forEach(p -> errors.add(new JsonObject().put("pointer", p.pointer()).put("field", p.field()).put("rule", p.rule())));
        FieldError first = problems.getFirst();
        throw new HearthException(ErrorCode.RECORD_INVALID, "The data of a " + schemaId + " record is not valid: " + first.pointer()
                + " breaks the rule '" + first.rule() + "' of its schema (GET /api/v1/schemas lists every rule).",
                Map.of("field", first.pointer(), "errors", errors.getList()));
    }

    private static String pointer(String instanceLocation) {
        if (instanceLocation == null) {
            return "";
        }
        String p = instanceLocation.startsWith("#") ? instanceLocation.substring(1) : instanceLocation;
        return p.equals("/") ? "" : p;
    }

    private static RecordSchema parse(String id, JsonObject document) {
        JsonObject hearth = document.getJsonObject("x-hearth");
        JsonObject properties = document.getJsonObject("properties");
        List<String> required = document.getJsonArray("required", new JsonArray()).stream().map(String::valueOf).toList();
        List<SchemaField> fields = new ArrayList<>();
        for (Object name : hearth.getJsonArray("order")) {
            fields.add(field((String) name, properties.getJsonObject((String) name), required.contains(name)));
        }
        return new RecordSchema(id, document, hearth.getString("category"), hearth.getString("titleField"), List.copyOf(fields));
    }

    private static SchemaField field(String name, JsonObject p, boolean required) {
        JsonObject hearth = p.getJsonObject("x-hearth");
        JsonObject fr = hearth.getJsonObject("fr");
        Map<String, String[]> choices = new LinkedHashMap<>();
        JsonObject labels = hearth.getJsonObject("choices");
        if (labels != null) {
            for (Object v : p.getJsonArray("enum")) {
                JsonObject l = labels.getJsonObject((String) v);
                choices.put((String) v, new String[] {l.getString("en"), l.getString("fr")});
            }
        }
        List<SchemaField> row = new ArrayList<>();
        if ("rows".equals(hearth.getString("input"))) {
            JsonObject rowProperties = p.getJsonObject("items").getJsonObject("properties");
            for (String rowName : rowProperties.fieldNames()) {
                row.add(field(rowName, rowProperties.getJsonObject(rowName), false));
            }
        }
        return new SchemaField(name, hearth.getString("input"), p.getString("title"), fr.getString("title"), p.getString("description"),
                fr.getString("description"), required, java.util.Collections.unmodifiableMap(choices), List.copyOf(row));
    }

    private static String resource(String path) {
        try (InputStream in = RecordSchemas.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
