package org.hearth.web.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.ext.web.Router;

/** {@code GET /metrics} in the Prometheus text format (version 0.0.4). */
public final class MetricsRoutes {

    private MetricsRoutes() {
    }

    public static void mount(Router router, PrometheusMeterRegistry registry) {
        router.get("/metrics").handler(rc -> rc.response()
                .putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
                .end(registry.scrape()));
    }
}
