package org.hearth.web.problem;

import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import org.hearth.kernel.actor.RequestId;
import org.hearth.kernel.error.ErrorCode;

/**
 * Requests the HTTP codec could not decode never reach the router (an over-long request line,
 * headers over the limit, a garbled message). Vert.x would answer them with an empty body; this
 * answers the same statuses as problem JSON, and closes the connection as Vert.x does, since the
 * rest of the stream cannot be trusted. The request's address is not echoed: it may be the
 * over-long part.
 */
public final class InvalidRequests implements Handler<HttpServerRequest> {

    @Override
    public void handle(HttpServerRequest request) {
        ErrorCode code = code(request.decoderResult().cause());
        String detail = switch (code) {
            case URI_TOO_LONG -> "The request's address is longer than this server accepts.";
            case HEADERS_TOO_LARGE -> "The request's headers are larger than this server accepts.";
            default -> "The request is not a well-formed HTTP request.";
        };
        // The client's X-Request-Id may be the unreadable part: these answers always get a new one.
        String requestId = RequestId.generate().value();
        request.response().setStatusCode(code.status())
                .putHeader("Content-Type", Problems.CONTENT_TYPE)
                .putHeader("Connection", "close")
                .putHeader("X-Request-Id", requestId)
                .end(Problems.body(code, detail, null).put("requestId", requestId).encode());
    }

    static ErrorCode code(Throwable cause) {
        if (cause instanceof TooLongHttpLineException) {
            return ErrorCode.URI_TOO_LONG;
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return ErrorCode.HEADERS_TOO_LARGE;
        }
        if (cause instanceof TooLongFrameException && cause.getMessage() != null) {
            String message = cause.getMessage();
            return message.startsWith("An HTTP line is larger than") ? ErrorCode.URI_TOO_LONG
                    : message.startsWith("HTTP header is larger than") ? ErrorCode.HEADERS_TOO_LARGE : ErrorCode.BAD_REQUEST;
        }
        return ErrorCode.BAD_REQUEST;
    }
}
