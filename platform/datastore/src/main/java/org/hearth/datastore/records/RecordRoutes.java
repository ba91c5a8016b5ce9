package org.hearth.datastore.records;

import org.hearth.datastore.RecordJson;
import org.hearth.datastore.Record;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.UUID;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** {@code /api/v1/me/records}: the owner's records, their history and attachment. */
public final class RecordRoutes implements ApiRoutes {

    private final RecordService records;

    public RecordRoutes(RecordService records) {
        this.records = records;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("createRecord", this::create)
                .handle("listRecords", this::list)
                .handle("getRecord", this::get)
                .handle("updateRecord", this::update)
                .handle("deleteRecord", this::delete)
                .handle("listRecordVersions", this::versions)
                .handle("putRecordAttachment", this::putAttachment)
                .handle("getRecordAttachment", this::getAttachment);
    }

    private void create(RoutingContext rc) {
        Record record = records.create(Calls.context(rc), content(Api.body(rc)));
        rc.response().putHeader("Location", "/api/v1/me/records/" + record.id()).putHeader("ETag", etag(record.version()));
        Api.json(rc, 201, RecordJson.of(record));
    }

    private void list(RoutingContext rc) {
        String after = rc.queryParams().get("after");
        UUID cursor = after == null ? null : Ids.parseOrNull(after);
        if (after != null && cursor == null) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "after must be the id of the last record of the previous page.");
        }
        int limit = rc.queryParams().contains("limit") ? Integer.parseInt(rc.queryParams().get("limit")) : 50;
        List<Record> page = records.list(Calls.actor(rc), rc.queryParams().get("category"), rc.queryParams().get("schema"), cursor, limit);
        JsonArray items = new JsonArray();
        page.forEach(r -> items.add(RecordJson.of(r)));
        boolean more = page.size() == Math.max(1, Math.min(limit, 200));
        Api.json(rc, 200, new JsonObject().put("items", items).put("nextCursor", more ? page.getLast().id().toString() : null));
    }

    private void get(RoutingContext rc) {
        Record record = records.get(Calls.actor(rc), id(rc));
        rc.response().putHeader("ETag", etag(record.version()));
        Api.json(rc, 200, RecordJson.of(record));
    }

    private void update(RoutingContext rc) {
        String ifMatch = rc.request().getHeader("If-Match");
        if (ifMatch == null) {
            throw new HearthException(ErrorCode.PRECONDITION_REQUIRED, "Send If-Match with the ETag (version) of the record you read.");
        }
        Record record = records.update(Calls.context(rc), id(rc), parseVersion(ifMatch), content(Api.body(rc)));
        rc.response().putHeader("ETag", etag(record.version()));
        Api.json(rc, 200, RecordJson.of(record));
    }

    private void delete(RoutingContext rc) {
        records.delete(Calls.context(rc), id(rc));
        Api.noContent(rc);
    }

    private void versions(RoutingContext rc) {
        JsonArray items = new JsonArray();
        records.versions(Calls.actor(rc), id(rc)).forEach(v -> items.add(RecordJson.of(v)));
        Api.json(rc, 200, new JsonObject().put("items", items));
    }

    private void putAttachment(RoutingContext rc) {
        Buffer body = rc.body().buffer();
        byte[] content = body == null ? new byte[0] : body.getBytes();
        Record.Attachment attachment = records.putAttachment(Calls.context(rc), id(rc), filename(rc.request().getHeader("Content-Disposition")),
                rc.request().getHeader("Content-Type"), content);
        Api.json(rc, 200, RecordJson.of(attachment));
    }

    private void getAttachment(RoutingContext rc) {
        RecordService.AttachmentContent file = records.getAttachment(Calls.actor(rc), id(rc));
        rc.response()
                .putHeader("Content-Type", file.attachment().mediaType())
                .putHeader("Content-Disposition", "attachment; filename*=UTF-8''" + java.net.URLEncoder.encode(file.attachment().filename(),
                        java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .putHeader("Cache-Control", "no-store")
                .end(Buffer.buffer(file.content()));
    }

    private static UUID id(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            throw RecordService.notFound();
        }
        return id;
    }

    private static Record.Content content(JsonObject body) {
        return new Record.Content(body.getString("schema"), body.getString("category"), body.getString("title"),
                body.getJsonObject("data").encode());
    }

    static String etag(int version) {
        return "\"" + version + "\"";
    }

    /** Accepts {@code "3"}, {@code W/"3"} or {@code 3}; anything else can never match. */
    static int parseVersion(String ifMatch) {
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new HearthException(ErrorCode.PRECONDITION_FAILED, "If-Match does not name a version of this record.");
        }
    }

    /** The filename from {@code Content-Disposition: attachment; filename="x.pdf"}, if any. */
    static String filename(String disposition) {
        if (disposition == null) {
            return null;
        }
        var m = java.util.regex.Pattern.compile("filename=\"?([^\";]+)\"?").matcher(disposition);
        return m.find() ? m.group(1) : null;
    }
}
