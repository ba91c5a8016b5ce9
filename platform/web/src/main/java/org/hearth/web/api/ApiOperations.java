package org.hearth.web.api;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;

/** Handlers by operation id, filled by the feature modules before the router is built. */
public final class ApiOperations {

    private final Map<String, Handler<RoutingContext>> handlers = new LinkedHashMap<>();

    public ApiOperations handle(String operationId, Handler<RoutingContext> handler) {
        if (handlers.putIfAbsent(operationId, handler) != null) {
            throw new IllegalStateException("Two handlers for operation " + operationId);
        }
        return this;
    }

    Map<String, Handler<RoutingContext>> handlers() {
        return handlers;
    }
}
