package org.hearth.web.problem;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.web.pages.ErrorPage;

/** Writes problem details: JSON for programs, a small readable page for browsers. */
public final class Problems {

    public static final String CONTENT_TYPE = "application/problem+json";
    public static final String REQUEST_ID = "hearth.requestId";

    private Problems() {
    }

    public static void send(RoutingContext rc, ErrorCode code, String detail) {
        send(rc, code, detail, Map.of());
    }

    public static void send(RoutingContext rc, ErrorCode code, String detail, Map<String, Object> extensions) {
        if (rc.response().ended() || rc.response().headWritten()) {
            return;
        }
        JsonObject body = body(rc, code, detail, extensions);
        rc.response().setStatusCode(code.status());
        if (wantsHtml(rc)) {
            rc.response().putHeader("Content-Type", "text/html; charset=utf-8")
                    .end(ErrorPage.html(rc, code, detail, String.valueOf(rc.get(REQUEST_ID, ""))));
        } else {
            rc.response().putHeader("Content-Type", CONTENT_TYPE).end(body.encode());
        }
    }

    static JsonObject body(RoutingContext rc, ErrorCode code, String detail, Map<String, Object> extensions) {
        JsonObject body = body(code, detail, rc.request().path());
        Object requestId = rc.get(REQUEST_ID);
        if (requestId != null) {
            body.put("requestId", requestId.toString());
        }
        extensions.forEach(body::put);
        return body;
    }

    /** The problem document itself, for the few places that answer before there is a routing context. */
    static JsonObject body(ErrorCode code, String detail, String instance) {
        JsonObject body = new JsonObject()
                .put("type", code.type())
                .put("title", code.title())
                .put("status", code.status())
                .put("code", code.code())
                .put("detail", detail == null ? code.title() : detail);
        return instance == null ? body : body.put("instance", instance);
    }

    /** Browsers ask for HTML first; API clients ask for JSON or nothing. */
    public static boolean wantsHtml(RoutingContext rc) {
        String accept = rc.request().getHeader("Accept");
        return accept != null && accept.startsWith("text/html");
    }
}
