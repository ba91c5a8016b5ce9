package org.hearth.tenants.webhooks;

import java.time.Duration;
import org.hearth.kernel.work.PollingWorker;
import org.hearth.kernel.work.Worker;

/** Runs the fan-out and the sender in one background loop, from {@link #start()} until closed. */
public final class WebhookWorkers implements Worker {

    private final PollingWorker worker;

    WebhookWorkers(WebhookFanout fanout, WebhookSender sender, Duration poll) {
        this.worker = new PollingWorker("webhooks", () -> {
            int read = fanout.runOnce();
            return read + sender.runOnce(read > 0);
        }, poll);
    }

    @Override
    public String name() {
        return worker.name();
    }

    @Override
    public void start() {
        worker.start();
    }

    @Override
    public void close() {
        worker.close();
    }
}
