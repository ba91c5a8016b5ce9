package org.hearth.archfixture.http;

/** Broken: a service that takes the HTTP request (rule a). */
class FiguresService {
    void figures(io.vertx.ext.web.RoutingContext rc) {
    }
}
