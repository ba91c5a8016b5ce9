package org.hearth.app;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Waiting on a condition, never on a time: {@code condition} is asked again and again (backing
 * off from 5 ms to 100 ms between asks) until it holds or {@code limit} has passed. The limit is
 * a generous ceiling for a loaded machine, not an expected duration; a test asserts on the
 * condition itself afterwards. The one poll the tests share.
 */
final class Eventually {

    private Eventually() {
    }

    /** Whether {@code condition} held within {@code limit}; it is asked once more at the deadline. */
    static boolean within(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        long backOff = Duration.ofMillis(5).toNanos();
        while (!condition.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return condition.getAsBoolean();
            }
            LockSupport.parkNanos(Math.min(backOff, left));
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                return condition.getAsBoolean();
            }
            backOff = Math.min(backOff * 2, Duration.ofMillis(100).toNanos());
        }
        return true;
    }

    /** Waits for {@code condition}, failing with {@code what} if it does not hold within {@code limit}. */
    static void await(Duration limit, String what, BooleanSupplier condition) {
        if (!within(limit, condition)) {
            throw new AssertionError(what + " (not within " + limit.toSeconds() + " s)");
        }
    }
}
