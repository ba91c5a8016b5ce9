package org.hearth.kernel.work;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One step of a worker that takes one job at a time (an export's batch, an import's part): the
 * work runs in its own transaction and names the job it took; when it fails, that transaction
 * rolled back whole and the job's failure is recorded in another, so the job is tried again later
 * (after {@link #backoff}) or given up, and never holds up the others. A failure before a job was
 * taken is the worker's own and is thrown on.
 */
public final class RetriedStep {

    private RetriedStep() {
    }

    /**
     * @param work   the step's work; it sets the job it took before anything that may fail; returns how many rows it settled
     * @param failed records the failure of the job taken (its attempts, its next try or its end); returns how many rows it settled
     */
    public static <J> int run(Function<AtomicReference<J>, Integer> work, BiFunction<J, Throwable, Integer> failed) {
        AtomicReference<J> taken = new AtomicReference<>();
        try {
            return work.apply(taken);
        } catch (RuntimeException | StackOverflowError e) {
            if (taken.get() == null) {
                throw e;
            }
            return failed.apply(taken.get(), e);
        }
    }

    /** The wait before the next try after {@code attempts} failed ones: 1, 2, 4… minutes. */
    public static Duration backoff(int attempts) {
        return Duration.ofMinutes(1L << Math.min(attempts, 20));
    }
}
