package org.hearth.reporting.transparency;

import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.hearth.web.Calls;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/**
 * The open data, for anyone: {@code GET /api/v1/open-data/transparency.json}, {@code .csv}, and
 * the JSON Schema that documents them. Cached publicly for a few minutes.
 */
public final class TransparencyRoutes implements ApiRoutes {

    private static final String SCHEMA = read();

    private final Transparency transparency;

    public TransparencyRoutes(Transparency transparency) {
        this.transparency = transparency;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("getTransparencyJson", rc ->
                send(rc, "application/json", TransparencyJson.of(transparency.report(Calls.requestId(rc))).encodePrettily()));
        operations.handle("getTransparencyCsv", rc -> {
            rc.response().putHeader("Content-Disposition", "attachment; filename=\"transparency.csv\"");
            send(rc, "text/csv; charset=utf-8", TransparencyCsv.of(transparency.report(Calls.requestId(rc))));
        });
        operations.handle("getTransparencySchema", rc -> send(rc, "application/schema+json", SCHEMA));
    }

    private static void send(RoutingContext rc, String type, String body) {
        rc.response().setStatusCode(200).putHeader("Content-Type", type).putHeader("Cache-Control", OpenData.CACHE_CONTROL)
                .putHeader("Access-Control-Allow-Origin", "*").end(body);
    }

    /** The schema file as shipped in the jar. */
    public static String schema() {
        return SCHEMA;
    }

    private static String read() {
        try (InputStream in = TransparencyRoutes.class.getResourceAsStream(OpenData.SCHEMA_RESOURCE)) {
            return new String(Objects.requireNonNull(in, OpenData.SCHEMA_RESOURCE).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
