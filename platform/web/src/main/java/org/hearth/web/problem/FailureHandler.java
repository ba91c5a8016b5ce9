package org.hearth.web.problem;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import io.vertx.openapi.validation.ValidatorException;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one failure handler: typed errors keep their code, framework errors are mapped by status,
 * and anything unexpected becomes a 500 whose detail says nothing about internals (the log
 * carries the stack trace and the request id, never the request body).
 */
public final class FailureHandler implements Handler<RoutingContext> {

    private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);

    @Override
    public void handle(RoutingContext rc) {
        Throwable failure = rc.failure();
        if (failure instanceof HearthException he) {
            if (he.extensions().get("retryAfter") != null && !rc.response().headWritten()) {
                rc.response().putHeader("Retry-After", String.valueOf(he.extensions().get("retryAfter")));
            }
            Problems.send(rc, he.code(), he.detail(), he.extensions());
            return;
        }
        if (failure instanceof org.hearth.kernel.crypto.Aead.DecryptionFailedException) {
            LOG.error("A ciphertext did not authenticate on {} (request {}): altered or misplaced data", rc.request().path(), rc.get(Problems.REQUEST_ID));
            Problems.send(rc, ErrorCode.DATA_INTEGRITY, "This data failed its integrity check and cannot be shown. Quote request id "
                    + rc.get(Problems.REQUEST_ID) + " to the operator.");
            return;
        }
        if (failure instanceof HttpException http && http.getCause() instanceof ValidatorException ve) {
            Problems.send(rc, ErrorCode.VALIDATION_FAILED, ve.getMessage());
            return;
        }
        java.util.Optional<ErrorCode> refused = DatabaseRefusals.of(failure);
        if (refused.isPresent()) {
            // No value from the database's message reaches the log: it may quote the input.
            LOG.warn("The database refused a value on {} {} (request {}): SQLSTATE {}", rc.request().method(), rc.request().path(),
                    rc.get(Problems.REQUEST_ID), DatabaseRefusals.sqlState(failure).orElse("?"));
            Problems.send(rc, refused.get(), refused.get() == ErrorCode.CONFLICT
                    ? "This conflicts with something that already exists; nothing was changed."
                    : "A value in this request cannot be stored (for example a NUL character or a number out of range); nothing was changed.");
            return;
        }
        int status = failure instanceof HttpException http ? http.getStatusCode() : rc.statusCode();
        ErrorCode code = forStatus(status);
        if (code == ErrorCode.INTERNAL) {
            LOG.error("Unhandled failure on {} {} (request {})", rc.request().method(), rc.request().path(), rc.get(Problems.REQUEST_ID), failure);
            Problems.send(rc, code, "Something went wrong on our side. Quote request id " + rc.get(Problems.REQUEST_ID) + " if you contact us.");
            return;
        }
        Problems.send(rc, code, detailFor(code, failure));
    }

    static ErrorCode forStatus(int status) {
        return switch (status) {
            case 400 -> ErrorCode.BAD_REQUEST;
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.NOT_ACCEPTABLE;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> ErrorCode.TOO_MANY_REQUESTS;
            case 503 -> ErrorCode.UNAVAILABLE;
            default -> ErrorCode.INTERNAL;
        };
    }

    private static String detailFor(ErrorCode code, Throwable failure) {
        return switch (code) {
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
            case PAYLOAD_TOO_LARGE -> "The request body is larger than this server accepts.";
            case UNSUPPORTED_MEDIA_TYPE -> "This operation does not accept that content type.";
            default -> failure != null && failure.getMessage() != null && failure instanceof HttpException ? failure.getMessage() : code.title();
        };
    }
}
