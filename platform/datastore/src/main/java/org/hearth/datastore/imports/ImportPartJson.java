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

    /** A part of another Hearth's export: each record with its versions, its file, and its checked signature and who vouched. */
    static byte[] encodeArchive(List<org.hearth.datastore.records.ImportedRecord> records) {
        JsonArray array = new JsonArray();
        for (var r : records) {
            JsonArray versions = new JsonArray();
            r.versions().forEach(v -> versions.add(new JsonObject().put("schema", v.schema()).put("category", v.category()).put("title", v.title())
                    .put("data", v.dataJson())));
            array.add(new JsonObject().put("versions", versions).put("attachmentName", r.attachmentName()).put("attachmentType", r.attachmentType())
                    .put("attachment", r.attachment() == null ? null : java.util.Base64.getEncoder().encodeToString(r.attachment()))
                    .put("jws", r.verificationJws())
                    .put("voucher", r.voucher() == null ? null : new JsonObject().put("organisation", r.voucher().organisation()).put("origin", r.voucher().origin())));
        }
        return array.encode().getBytes(StandardCharsets.UTF_8);
    }

    static List<org.hearth.datastore.records.ImportedRecord> decodeArchive(byte[] bytes) {
        JsonArray array = new JsonArray(new String(bytes, StandardCharsets.UTF_8));
        List<org.hearth.datastore.records.ImportedRecord> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonObject r = array.getJsonObject(i);
            List<Record.Content> versions = new ArrayList<>();
            for (Object v : r.getJsonArray("versions")) {
                JsonObject c = (JsonObject) v;
                versions.add(new Record.Content(c.getString("schema"), c.getString("category"), c.getString("title"), c.getString("data")));
            }
            JsonObject voucher = r.getJsonObject("voucher");
            String attachment = r.getString("attachment");
            out.add(new org.hearth.datastore.records.ImportedRecord(versions, r.getString("attachmentName"), r.getString("attachmentType"),
                    attachment == null ? null : java.util.Base64.getDecoder().decode(attachment), r.getString("jws"),
                    voucher == null ? null : new Record.Voucher(voucher.getString("organisation"), voucher.getString("origin"))));
        }
        return out;
    }

    /** What a file will become, as the records' contents. */
    static List<Record.Content> contents(List<ImportedRecord> records) {
        return records.stream().map(r -> new Record.Content(r.schema(), r.category(), r.title(), r.data().encode())).toList();
    }
}
