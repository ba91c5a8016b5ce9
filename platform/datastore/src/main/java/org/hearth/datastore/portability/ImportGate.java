package org.hearth.datastore.portability;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/**
 * How many imports may run at once, in all and per client address. An import is the one
 * anonymous operation that takes a large body and real work; beyond the bound it is refused at
 * once, before the body is read: 503 when the server is busy, 429 when this address already has
 * one running, both with Retry-After.
 */
final class ImportGate {

    static final int RETRY_AFTER_SECONDS = 30;

    private final Semaphore slots;
    private final int perAddress;
    private final Map<String, Integer> running = new ConcurrentHashMap<>();

    ImportGate(int atOnce, int perAddress) {
        this.slots = new Semaphore(atOnce);
        this.perAddress = perAddress;
    }

    /** A held place; close it when the import is over, whatever its outcome. */
    interface Pass extends AutoCloseable {
        @Override
        void close();
    }

    Pass enter(String address) {
        Integer mine = running.merge(address, 1, Integer::sum);
        if (mine > perAddress) {
            release(address);
            throw busy(ErrorCode.TOO_MANY_REQUESTS, "An import from your address is already running; try again when it has finished.");
        }
        if (!slots.tryAcquire()) {
            release(address);
            throw busy(ErrorCode.UNAVAILABLE, "The server is busy with other imports; try again shortly. Nothing was imported.");
        }
        return () -> {
            slots.release();
            release(address);
        };
    }

    private void release(String address) {
        running.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
    }

    private static HearthException busy(ErrorCode code, String detail) {
        return new HearthException(code, detail, Map.of("retryAfter", RETRY_AFTER_SECONDS));
    }
}
