package org.hearth.kernel.work;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@code step} on a virtual thread again and again: straight away while it finds work, after
 * {@code idle} when it finds none, after four times that when it fails. Closing wakes it instead of
 * interrupting it, because an interrupt would break a JDBC call mid-flight.
 */
public final class PollingWorker implements Worker {

    private static final Logger LOG = LoggerFactory.getLogger(PollingWorker.class);

    private final String name;
    private final IntSupplier step;
    private final Duration idle;
    private final AtomicBoolean running = new AtomicBoolean();
    private final Semaphore wakeUp = new Semaphore(0);
    private Thread thread;

    /** @param step does one batch of work and returns how much it did (0 when there was nothing) */
    public PollingWorker(String name, IntSupplier step, Duration idle) {
        this.name = name;
        this.step = step;
        this.idle = idle;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void start() {
        if (running.compareAndSet(false, true)) {
            thread = Thread.ofVirtual().name(name).start(this::loop);
        }
    }

    private void loop() {
        while (running.get()) {
            Duration pause = Duration.ZERO;
            try {
                if (step.getAsInt() == 0) {
                    pause = idle;
                }
            } catch (RuntimeException e) {
                if (!running.get()) {
                    return;
                }
                LOG.warn("{} failed, retrying: {}", name, e.getMessage());
                pause = idle.multipliedBy(4);
            }
            if (!pause.isZero() && !pause(pause)) {
                return;
            }
        }
    }

    private boolean pause(Duration duration) {
        try {
            wakeUp.tryAcquire(duration.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        running.set(false);
        wakeUp.release();
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
