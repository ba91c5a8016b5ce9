package org.hearth.kernel.actor;

import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** The id of one request (or one run of a job), carried into logs and the audit trail. */
public record RequestId(String value) {

    public RequestId {
        Objects.requireNonNull(value, "value");
        if (!safe(value)) {
            throw new IllegalArgumentException("A request id is 1-64 letters, digits, '.', '_' or '-'");
        }
    }

    /**
     * A new id in the UUID format. It names a request in logs and the audit trail and guards
     * nothing, so it needs to be unique, not unpredictable: it is drawn from the thread's fast
     * generator rather than {@code SecureRandom}, which every request would otherwise contend on.
     */
    public static RequestId generate() {
        var random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;  // version 4
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;  // IETF variant
        return new RequestId(new UUID(high, low).toString());
    }

    /** A client's {@code X-Request-Id} when it is safe to log, else a new one. */
    public static RequestId fromHeader(String header) {
        return header != null && safe(header) ? new RequestId(header) : generate();
    }

    /** 1-64 of {@code [A-Za-z0-9._-]}: checked by hand, as it runs on every request. */
    private static boolean safe(String value) {
        int length = value.length();
        if (length < 1 || length > 64) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
