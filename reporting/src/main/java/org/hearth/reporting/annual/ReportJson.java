package org.hearth.reporting.annual;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The report as one canonical JSON document: keys in a fixed order, narratives sorted by part,
 * every value a string in its machine form, no whitespace. The frozen copy is this text and its
 * digest the SHA-256 of its UTF-8 bytes; the API answers with the same shape plus the status.
 */
public final class ReportJson {

    private ReportJson() {
    }

    /** The content that is frozen and digested: everything but the digest itself. */
    public static JsonObject content(AnnualReport r) {
        JsonObject json = new JsonObject().put("yearId", r.yearId().toString()).put("startsOn", r.startsOn().toString())
                .put("endsOn", r.endsOn().toString()).put("profile", r.profile()).put("company", r.company()).put("currency", r.currency());
        if (r.approval() != null) {
            json.put("approval", new JsonObject().put("resolutionId", r.approval().resolutionId().toString())
                    .put("title", r.approval().title()).put("on", r.approval().on().toString()));
        }
        JsonArray parts = new JsonArray();
        for (ReportPart p : r.parts()) {
            JsonArray tables = new JsonArray();
            for (ReportTable t : p.tables()) {
                JsonArray rows = new JsonArray();
                t.rows().forEach(row -> rows.add(new JsonArray(row.stream().map(c -> (Object) new JsonObject()
                        .put("kind", c.kind().name().toLowerCase(Locale.ROOT)).put("value", c.value())).toList())));
                tables.add(new JsonObject().put("key", t.key()).put("columns", new JsonArray(new ArrayList<>(t.columns()))).put("rows", rows));
            }
            parts.add(new JsonObject().put("key", p.key()).put("narratives", new JsonArray(new ArrayList<>(p.narratives()))).put("tables", tables));
        }
        json.put("parts", parts);
        JsonObject narratives = new JsonObject();
        new TreeMap<>(r.narratives()).forEach((k, n) -> narratives.put(k, new JsonObject().put("body", n.body()).put("author", n.author())
                .put("writtenAt", n.writtenAt().toString())));
        return json.put("narratives", narratives);
    }

    public static String canonical(AnnualReport r) {
        return content(r).encode();
    }

    /** The API's answer: the content, whether it is still a draft, and the digest once frozen. */
    public static JsonObject api(AnnualReport r) {
        JsonObject json = content(r).put("status", r.frozen() ? "approved" : "draft");
        if (r.frozen()) {
            json.put("digest", "sha256:" + r.digest());
        }
        return json;
    }

    public static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A frozen copy read back, with its digest; the digest is checked against the content first. */
    static AnnualReport frozen(String content, String digest) {
        if (!sha256(content).equals(digest)) {
            throw new IllegalStateException("the frozen annual report does not match its digest");
        }
        JsonObject json = new JsonObject(content);
        List<ReportPart> parts = new ArrayList<>();
        for (Object p : json.getJsonArray("parts")) {
            JsonObject part = (JsonObject) p;
            List<ReportTable> tables = new ArrayList<>();
            for (Object t : part.getJsonArray("tables")) {
                JsonObject table = (JsonObject) t;
                List<List<Cell>> rows = new ArrayList<>();
                for (Object row : table.getJsonArray("rows")) {
                    rows.add(((JsonArray) row).stream().map(c -> (JsonObject) c)
                            .map(c -> new Cell(Cell.Kind.valueOf(c.getString("kind").toUpperCase(Locale.ROOT)), c.getString("value"))).toList());
                }
                tables.add(new ReportTable(table.getString("key"), strings(table.getJsonArray("columns")), rows));
            }
            parts.add(new ReportPart(part.getString("key"), strings(part.getJsonArray("narratives")), tables));
        }
        Map<String, Narrative> narratives = new TreeMap<>();
        json.getJsonObject("narratives").forEach(e -> {
            JsonObject n = (JsonObject) e.getValue();
            narratives.put(e.getKey(), new Narrative(e.getKey(), n.getString("body"), n.getString("author"), Instant.parse(n.getString("writtenAt"))));
        });
        JsonObject a = json.getJsonObject("approval");
        Approval approval = a == null ? null : new Approval(UUID.fromString(a.getString("resolutionId")), a.getString("title"), LocalDate.parse(a.getString("on")));
        return new AnnualReport(UUID.fromString(json.getString("yearId")), LocalDate.parse(json.getString("startsOn")),
                LocalDate.parse(json.getString("endsOn")), json.getString("profile"), json.getString("company"), json.getString("currency"),
                parts, narratives, approval, digest);
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(String::valueOf).toList();
    }
}
