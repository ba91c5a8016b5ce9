package org.hearth.datastore.portability;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many unpacked bytes all running imports may hold in memory together. Each import's
 * archive is checked whole before anything is written, so its files are in memory until it
 * commits; without a shared bound, a few small archives that each unpack to the per-archive
 * limit would together fill the heap.
 */
final class UnpackBudget {

    private final AtomicLong left;

    UnpackBudget(long total) {
        this.left = new AtomicLong(total);
    }

    /** Takes {@code bytes} if they are left; false (and nothing taken) otherwise. */
    boolean take(long bytes) {
        while (true) {
            long now = left.get();
            if (now < bytes) {
                return false;
            }
            if (left.compareAndSet(now, now - bytes)) {
                return true;
            }
        }
    }

    void giveBack(long bytes) {
        left.addAndGet(bytes);
    }
}
