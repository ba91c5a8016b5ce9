package org.hearth.web.health;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether this server wants new traffic, and how many requests it is serving. At shutdown
 * {@link #drain()} turns {@code /health/ready} to 503 first, so a load balancer stops sending
 * here, then {@link #awaitIdle} lets the requests in flight finish, within a bound.
 */
public final class Readiness {

    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Object idle = new Object();

    public boolean draining() {
        return draining.get();
    }

    public void drain() {
        draining.set(true);
    }

    public int inFlight() {
        return inFlight.get();
    }

    void started() {
        inFlight.incrementAndGet();
    }

    void ended() {
        if (inFlight.decrementAndGet() <= 0) {
            synchronized (idle) {
                idle.notifyAll();
            }
        }
    }

    /** A handler-side pair: counts the request now and uncounts it once, when it ends. */
    public Runnable track() {
        started();
        AtomicBoolean done = new AtomicBoolean();
        return () -> {
            if (done.compareAndSet(false, true)) {
                ended();
            }
        };
    }

    /** Waits until no request is in flight, or {@code grace} has passed; true when idle. */
    public boolean awaitIdle(Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        synchronized (idle) {
            while (inFlight.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    idle.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }
}
