package org.hearth.tenants.clients;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/**
 * Per-tenant token buckets, sized by plan: a burst of twice the rate, refilled continuously.
 * Kept in memory, so each node enforces its own share; a tenant over its rate gets 429 with
 * Retry-After.
 */
final class RateLimiter {

    private final Map<String, Double> ratePerPlan;
    private final Map<UUID, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(Map<String, Double> ratePerPlan) {
        this.ratePerPlan = Map.copyOf(ratePerPlan);
    }

    void acquire(UUID tenantId, String plan) {
        double rate = ratePerPlan.getOrDefault(plan, ratePerPlan.get("sandbox"));
        long waitMillis = buckets.computeIfAbsent(tenantId, id -> new Bucket(rate)).take(rate);
        if (waitMillis > 0) {
            long seconds = Math.max(1, (waitMillis + 999) / 1000);
            throw new HearthException(ErrorCode.TOO_MANY_REQUESTS, "Your plan allows " + rate + " requests per second; retry after " + seconds + " s.",
                    Map.of("retryAfter", seconds));
        }
    }

    private static final class Bucket {
        private double tokens;
        private long last = System.nanoTime();

        Bucket(double rate) {
            this.tokens = rate * 2;
        }

        /** Takes a token; returns 0, or how long until one is available. */
        synchronized long take(double rate) {
            long now = System.nanoTime();
            tokens = Math.min(rate * 2, tokens + (now - last) / 1e9 * rate);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / rate * 1000);
        }
    }
}
