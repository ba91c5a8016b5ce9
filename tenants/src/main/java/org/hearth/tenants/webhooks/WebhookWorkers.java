package org.hearth.tenants.webhooks;

import java.time.Duration;
import org.hearth.kernel.work.PollingWorker;

/** Runs the fan-out and the sender in one background loop until closed. */
public final class WebhookWorkers implements AutoCloseable {

    private final PollingWorker worker;

    WebhookWorkers(WebhookFanout fanout, WebhookSender sender, Duration poll) {
        this.worker = new PollingWorker("webhooks", () -> fanout.runOnce() + sender.runOnce(), poll);
    }

    public void start() {
        worker.start();
    }

    @Override
    public void close() {
        worker.close();
    }
}
