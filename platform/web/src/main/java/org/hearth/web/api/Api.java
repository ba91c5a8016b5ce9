package org.hearth.web.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.validation.ValidatedRequest;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/** Small helpers for handlers: the validated body, path parameters and JSON responses. */
public final class Api {

    private Api() {
    }

    /** The request body, already checked against the contract. */
    public static JsonObject body(RoutingContext rc) {
        ValidatedRequest validated = rc.get(ApiRouter.VALIDATED);
        if (validated == null || validated.getBody() == null || validated.getBody().isNull()) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "A JSON body is required.");
        }
        return validated.getBody().getJsonObject();
    }

    /** The body, checked against the contract, for operations whose body is optional: empty when none was sent. */
    public static JsonObject optionalBody(RoutingContext rc) {
        ValidatedRequest validated = rc.get(ApiRouter.VALIDATED);
        if (validated == null || validated.getBody() == null || validated.getBody().isNull()) {
            return new JsonObject();
        }
        return validated.getBody().getJsonObject();
    }

    /** A whole-number query parameter, or null when absent; 400 when it is not a number that fits in a long. */
    public static Long longQuery(RoutingContext rc, String name) {
        String value = rc.queryParams().get(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, name + " must be a whole number from "
                    + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ".");
        }
    }

    public static String pathParam(RoutingContext rc, String name) {
        return rc.pathParam(name);
    }

    public static void json(RoutingContext rc, int status, JsonObject body) {
        rc.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
    }

    public static void json(RoutingContext rc, int status, JsonArray body) {
        rc.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
    }

    public static void noContent(RoutingContext rc) {
        rc.response().setStatusCode(204).end();
    }
}
