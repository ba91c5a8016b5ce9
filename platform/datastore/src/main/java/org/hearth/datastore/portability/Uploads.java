package org.hearth.datastore.portability;

import io.vertx.core.Promise;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/**
 * Reads a request body into a spool as it arrives, never holding more than a chunk of it: the
 * request is paused while each chunk is written, so a fast sender cannot fill the heap. A
 * client that asked {@code Expect: 100-continue} is told to send only now, after the checks.
 */
final class Uploads {

    private Uploads() {
    }

    /** The request's body into {@code spool}. */
    static void receive(RoutingContext rc, UploadSpool spool, long limit) {
        HttpServerRequest request = rc.request();
        if ("100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
            rc.response().writeContinue();
        }
        pump(rc, spool, limit, request::handler);
    }

    /** The one file of the request's {@code multipart/form-data} form into {@code spool}; the form's other fields stay readable after it. */
    static void receiveFile(RoutingContext rc, UploadSpool spool, long limit) {
        rc.request().setExpectMultipart(true);
        pump(rc, spool, limit, chunks -> rc.request().uploadHandler(upload -> upload.handler(chunks)));
    }

    /** Writes each chunk {@code source} delivers into {@code spool}, the request paused while it is written, until the request ends. */
    private static void pump(RoutingContext rc, UploadSpool spool, long limit, java.util.function.Consumer<io.vertx.core.Handler<io.vertx.core.buffer.Buffer>> source) {
        HttpServerRequest request = rc.request();
        Promise<Void> done = Promise.promise();
        source.accept(chunk -> {
            if (done.future().isComplete()) {
                return;
            }
            if (spool.size() + chunk.length() > limit) {
                rc.response().putHeader("Connection", "close");
                done.tryFail(new HearthException(ErrorCode.PAYLOAD_TOO_LARGE, "An archive may be at most " + limit + " bytes."));
                return;
            }
            request.pause();
            try {
                spool.write(chunk);
            } catch (RuntimeException e) {
                done.tryFail(e);
            } finally {
                request.resume();
            }
        });
        request.exceptionHandler(done::tryFail);
        request.endHandler(v -> done.tryComplete());
        request.resume();
        done.future().await();
        spool.finish();
    }
}
