package org.hearth.web.security;

import java.time.Duration;

/**
 * How password logins slow down and lock, the same for individuals and staff: each failure in a
 * row waits longer (0.2 s, 0.4 s, 0.8 s… up to 3 s), and the fifth locks the account for 15
 * minutes. The wait runs on the request's virtual thread.
 */
public final class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_FOR = Duration.ofMinutes(15);

    private LoginThrottle() {
    }

    /** Waits for the {@code failures}-th failure in a row (1 for an unknown account, so it cannot be told apart). */
    public static void slowDown(int failures) {
        try {
            Thread.sleep(Math.min(3000, 100L << Math.max(1, Math.min(failures, 5))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
