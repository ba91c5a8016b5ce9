package org.hearth.web.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.web.problem.Problems;

/**
 * {@code GET /metrics} in the Prometheus text format (version 0.0.4), for a scraper that sends
 * {@code Authorization: Bearer <metrics token>}. The figures say how busy the platform is, which
 * tenants' queries run and how the pool is sized: not for the public.
 */
public final class MetricsRoutes {

    private MetricsRoutes() {
    }

    public static void mount(Router router, PrometheusMeterRegistry registry, String token) {
        byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        router.get("/metrics").handler(rc -> {
            if (!authorised(rc, expected)) {
                rc.response().putHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
                Problems.send(rc, ErrorCode.UNAUTHENTICATED, "/metrics needs Authorization: Bearer with the metrics token.");
                return;
            }
            rc.response().putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8").end(registry.scrape());
        });
    }

    private static boolean authorised(RoutingContext rc, byte[] expected) {
        String presented = rc.request().getHeader("Authorization");
        return presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), expected);
    }
}
