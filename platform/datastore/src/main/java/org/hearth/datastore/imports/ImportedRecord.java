package org.hearth.datastore.imports;

import io.vertx.core.json.JsonObject;

/** One record a file will become: its type, category, title and data (valid for its type's schema). */
public record ImportedRecord(String schema, String category, String title, JsonObject data) {
}
