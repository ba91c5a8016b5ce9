package org.hearth.datastore.schemas;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** {@code /api/v1/schemas}: the record types, public (a schema holds no personal data). */
public final class SchemaRoutes implements ApiRoutes {

    private final RecordSchemas schemas;

    public SchemaRoutes(RecordSchemas schemas) {
        this.schemas = schemas;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("listSchemas", this::list).handle("getSchema", this::get);
    }

    private void list(RoutingContext rc) {
        JsonArray items = new JsonArray();
        schemas.all().forEach(s -> items.add(summary(s)));
        rc.response().putHeader("Cache-Control", "public, max-age=3600");
        Api.json(rc, 200, new JsonObject().put("items", items));
    }

    private void get(RoutingContext rc) {
        String id = rc.pathParam("id");
        RecordSchema schema = schemas.find(id).orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND,
                "No record type " + id + " is registered; records of unknown types are free JSON."));
        rc.response().putHeader("Cache-Control", "public, max-age=3600");
        Api.json(rc, 200, schema.document());
    }

    private static JsonObject summary(RecordSchema s) {
        return new JsonObject().put("id", s.id()).put("name", s.name()).put("version", s.version()).put("category", s.category())
                .put("title", new JsonObject().put("en", s.title("en")).put("fr", s.title("fr")))
                .put("description", new JsonObject().put("en", s.description("en")).put("fr", s.description("fr")))
                .put("href", "/api/v1/schemas/" + java.net.URLEncoder.encode(s.id(), java.nio.charset.StandardCharsets.UTF_8));
    }
}
