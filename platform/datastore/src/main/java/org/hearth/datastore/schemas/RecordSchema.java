package org.hearth.datastore.schemas;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * A record type: its id ({@code hearth:address/v1}), its JSON Schema document, the DPV category
 * its records take by default, the field whose value makes a good title, and its fields in the
 * order a form shows them.
 */
public record RecordSchema(String id, JsonObject document, String category, String titleField, List<SchemaField> fields) {

    /** Made only by an import (an agreement from another Hearth): never offered on the "add a record" page. */
    public boolean importedOnly() {
        JsonObject hearth = document.getJsonObject("x-hearth");
        return hearth != null && Boolean.TRUE.equals(hearth.getBoolean("importedOnly"));
    }

    public String title(String language) {
        return "fr".equals(language) ? document.getJsonObject("x-hearth").getJsonObject("fr").getString("title") : document.getString("title");
    }

    public String description(String language) {
        return "fr".equals(language) ? document.getJsonObject("x-hearth").getJsonObject("fr").getString("description")
                : document.getString("description");
    }

    public Optional<SchemaField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The name and version parts of the id: {@code address} and {@code 1} for {@code hearth:address/v1}. */
    public String name() {
        return id.substring("hearth:".length(), id.lastIndexOf('/'));
    }

    public int version() {
        return Integer.parseInt(id.substring(id.lastIndexOf("/v") + 2));
    }
}
