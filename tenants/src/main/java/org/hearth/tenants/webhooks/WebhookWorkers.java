package org.hearth.tenants.webhooks;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the fan-out and the sender on a virtual thread until closed. */
public final class WebhookWorkers implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookWorkers.class);

    private final WebhookFanout fanout;
    private final WebhookSender sender;
    private final Duration poll;
    private final AtomicBoolean running = new AtomicBoolean();
    private final Semaphore wakeUp = new Semaphore(0);
    private Thread worker;

    WebhookWorkers(WebhookFanout fanout, WebhookSender sender, Duration poll) {
        this.fanout = fanout;
        this.sender = sender;
        this.poll = poll;
    }

    public void start() {
        if (running.compareAndSet(false, true)) {
            worker = Thread.ofVirtual().name("webhooks").start(this::loop);
        }
    }

    private void loop() {
        while (running.get()) {
            try {
                int work = fanout.runOnce() + sender.runOnce();
                if (work == 0) {
                    wakeUp.tryAcquire(poll.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running.get()) {
                    return;
                }
                LOG.warn("Webhook work failed, retrying: {}", e.getMessage());
                try {
                    wakeUp.tryAcquire(poll.toMillis() * 4, TimeUnit.MILLISECONDS);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        running.set(false);
        wakeUp.release();
        if (worker != null) {
            try {
                worker.join(Duration.ofSeconds(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
