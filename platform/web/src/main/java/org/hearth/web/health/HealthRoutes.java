package org.hearth.web.health;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.hearth.kernel.db.Db;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /health/live} and {@code /health/ready}; the second runs a trivial query through the
 * pool, and answers 503 once the server drains for shutdown, before the database goes.
 */
public final class HealthRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(HealthRoutes.class);

    private HealthRoutes() {
    }

    public static void mount(Router router, Db db, Readiness readiness) {
        HealthRepository database = new HealthRepository(db);
        router.get("/health/live").handler(rc -> send(rc, 200, new JsonObject().put("status", "UP")));
        router.get("/health/ready").handler(rc -> {
            if (readiness.draining()) {
                send(rc, 503, new JsonObject().put("status", "DRAINING"));
                return;
            }
            JsonObject checks = new JsonObject();
            boolean up;
            try {
                up = database.databaseAnswers();
            } catch (RuntimeException e) {
                LOG.warn("Readiness check failed: {}", e.getMessage());
                up = false;
            }
            checks.put("database", up ? "UP" : "DOWN");
            send(rc, up ? 200 : 503, new JsonObject().put("status", up ? "UP" : "DOWN").put("checks", checks));
        });
    }

    private static void send(RoutingContext rc, int status, JsonObject body) {
        rc.response().setStatusCode(status).putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store").end(body.encode());
    }
}
