package org.hearth.web;

import io.vertx.core.Handler;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.RoutingContext;
import org.hearth.kernel.actor.RequestId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The request id in every log line written while a request is served, and one access line per
 * request. Requests run on virtual threads that Vert.x may change at every asynchronous step
 * (reading a body, awaiting a future), so the id is put in the MDC by each step that carries
 * on after such a step ({@link #bound}), and removed when that step returns: no thread keeps it.
 *
 * <p>The access line names the route's template ({@code /api/v1/me/records/:id}), never the
 * path or query string, which can carry ids and search terms; no header, body or caller.
 */
public final class RequestLog {

    /** The MDC key of the request id, and the access line's field for it. */
    public static final String MDC_KEY = "requestId";
    /** The routing-context key where guards and the API router note the template of the route they serve. */
    public static final String ROUTE = "hearth.route";
    private static final Logger ACCESS = LoggerFactory.getLogger("hearth.access");

    private RequestLog() {
    }

    /** Notes the current route's template, for the access line of a request that then fails. */
    public static void noteRoute(RoutingContext rc) {
        Route route = rc.currentRoute();
        if (route != null && route.getPath() != null) {
            rc.put(ROUTE, route.getPath());
        }
    }

    /** Runs {@code next} with this request's id in the MDC of the current thread, and clears it after. */
    public static void bound(RoutingContext rc, Runnable next) {
        RequestId id = rc.get(Calls.REQUEST_ID);
        if (id == null) {
            next.run();
            return;
        }
        String before = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, id.value());
        try {
            next.run();
        } finally {
            if (before == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, before);
            }
        }
    }

    /** A handler that re-binds the request id after an asynchronous step (a body read) and goes on. */
    public static Handler<RoutingContext> rebind() {
        return rc -> bound(rc, rc::next);
    }

    /** Writes the access line when the response has been sent (or the connection dropped). */
    static void onEnd(RoutingContext rc, long startNanos) {
        // The template is taken when the headers go out, while the route that answered is still current.
        rc.addHeadersEndHandler(v -> noteRoute(rc));
        rc.addEndHandler(done -> bound(rc, () -> ACCESS.atInfo()
                .addKeyValue("method", rc.request().method().name())
                .addKeyValue("route", rc.get(ROUTE, "-"))
                .addKeyValue("status", rc.response().getStatusCode())
                .addKeyValue("durationMs", (System.nanoTime() - startNanos) / 1_000_000)
                .addKeyValue(MDC_KEY, String.valueOf((Object) rc.get(Calls.REQUEST_ID)))
                .log("request")));
    }
}
