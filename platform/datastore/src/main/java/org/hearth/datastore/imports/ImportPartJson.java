package org.hearth.datastore.imports;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hearth.datastore.Record;

/** An import job's part as sealed: the records it adds, as a JSON array of their contents. */
final class ImportPartJson {

    private ImportPartJson() {
    }

    static byte[] encode(List<Record.Content> contents) {
        JsonArray array = new JsonArray();
        for (Record.Content c : contents) {
            array.add(new JsonObject().put("schema", c.schema()).put("category", c.category()).put("title", c.title()).put("data", c.dataJson()));
        }
        return array.encode().getBytes(StandardCharsets.UTF_8);
    }

    static List<Record.Content> decode(byte[] bytes) {
        JsonArray array = new JsonArray(new String(bytes, StandardCharsets.UTF_8));
        List<Record.Content> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonObject c = array.getJsonObject(i);
            out.add(new Record.Content(c.getString("schema"), c.getString("category"), c.getString("title"), c.getString("data")));
        }
        return out;
    }

    /** What a file will become, as the records' contents. */
    static List<Record.Content> contents(List<ImportedRecord> records) {
        return records.stream().map(r -> new Record.Content(r.schema(), r.category(), r.title(), r.data().encode())).toList();
    }
}
