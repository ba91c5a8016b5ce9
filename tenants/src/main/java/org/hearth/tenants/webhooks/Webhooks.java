package org.hearth.tenants.webhooks;

import java.time.Duration;
import org.hearth.kernel.crypto.MasterKeyRing;
import org.hearth.kernel.db.Db;
import org.hearth.tenants.clients.TenantCalls;
import org.hearth.web.api.ApiRoutes;

/** The webhooks capability, composed: its service, its background workers and its routes. */
public final class Webhooks {

    private final WebhookService service;
    private final WebhookWorkers workers;
    private final TenantCalls tenants;

    private Webhooks(WebhookService service, WebhookWorkers workers, TenantCalls tenants) {
        this.service = service;
        this.workers = workers;
        this.tenants = tenants;
    }

    public static Webhooks create(Db db, MasterKeyRing masterKeys, TenantCalls tenants, Duration retryBase, Duration poll,
                                  boolean privateTargets) {
        WebhookService service = new WebhookService(db, masterKeys, new WebhookTargets(privateTargets));
        return new Webhooks(service, new WebhookWorkers(new WebhookFanout(db), new WebhookSender(db, service, retryBase), poll), tenants);
    }

    public WebhookService service() {
        return service;
    }

    public WebhookWorkers workers() {
        return workers;
    }

    public ApiRoutes routes() {
        return new WebhookRoutes(service, tenants);
    }
}
