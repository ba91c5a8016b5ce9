package org.hearth.kernel.actor;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** The id of one request (or one run of a job), carried into logs and the audit trail. */
public record RequestId(String value) {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public RequestId {
        Objects.requireNonNull(value, "value");
        if (!SAFE.matcher(value).matches()) {
            throw new IllegalArgumentException("A request id is 1-64 letters, digits, '.', '_' or '-'");
        }
    }

    public static RequestId generate() {
        return new RequestId(UUID.randomUUID().toString());
    }

    /** A client's {@code X-Request-Id} when it is safe to log, else a new one. */
    public static RequestId fromHeader(String header) {
        return header != null && SAFE.matcher(header).matches() ? new RequestId(header) : generate();
    }

    @Override
    public String toString() {
        return value;
    }
}
