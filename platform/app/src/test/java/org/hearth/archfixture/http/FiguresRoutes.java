package org.hearth.archfixture.http;

/** Fine: routes are the HTTP edge and may hold the Db facade. */
class FiguresRoutes {
    private final org.hearth.kernel.db.Db db = null;

    void figures(io.vertx.ext.web.RoutingContext rc, io.vertx.core.json.JsonObject body) {
    }
}
