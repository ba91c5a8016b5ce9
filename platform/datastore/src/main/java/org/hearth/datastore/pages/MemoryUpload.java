package org.hearth.datastore.pages;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/**
 * Reads a page's multipart upload (one file and the form's fields) into memory, at most
 * {@code limit} bytes of file, and never to a temporary file: a person's file would otherwise lie
 * in clear on disk while the request runs. The form's fields stay readable by the handlers after
 * it (the page guard checks the CSRF token there). See {@link #file}, {@link #filename},
 * {@link #contentType} and {@link #tooLarge}.
 */
final class MemoryUpload {

    private static final String FILE = "upload.file";
    private static final String NAME = "upload.filename";
    private static final String TYPE = "upload.contentType";
    private static final String TOO_LARGE = "upload.tooLarge";

    private MemoryUpload() {
    }

    static Handler<RoutingContext> reader(long limit) {
        return rc -> {
            var request = rc.request();
            request.setExpectMultipart(true);
            Buffer file = Buffer.buffer();
            boolean[] tooLarge = {false};
            request.uploadHandler(upload -> {
                if (rc.get(NAME) == null) {
                    rc.put(NAME, upload.filename());
                    rc.put(TYPE, upload.contentType());
                }
                upload.handler(chunk -> {
                    if (tooLarge[0]) {
                        return;
                    }
                    if (file.length() + chunk.length() > limit) {
                        // Refused at once, the connection closed: a sender cannot keep us reading.
                        tooLarge[0] = true;
                        rc.response().putHeader("Connection", "close");
                        rc.fail(new HearthException(ErrorCode.PAYLOAD_TOO_LARGE, "A file may be at most " + limit + " bytes."));
                    } else {
                        file.appendBuffer(chunk);
                    }
                });
            });
            request.endHandler(v -> {
                if (tooLarge[0]) {
                    return;
                }
                rc.put(FILE, tooLarge[0] || rc.get(NAME) == null ? null : file.getBytes());
                rc.put(TOO_LARGE, tooLarge[0]);
                rc.next();
            });
            request.exceptionHandler(rc::fail);
            // The router holds a request's body until a handler asks for it.
            request.resume();
        };
    }

    /** The file's bytes, or null when none was sent or it was too large. */
    static byte[] file(RoutingContext rc) {
        return rc.get(FILE);
    }

    static String filename(RoutingContext rc) {
        return rc.get(NAME);
    }

    static String contentType(RoutingContext rc) {
        return rc.get(TYPE);
    }

    static boolean tooLarge(RoutingContext rc) {
        return Boolean.TRUE.equals(rc.get(TOO_LARGE));
    }
}
