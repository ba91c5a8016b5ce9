package org.hearth.tenants.webhooks;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.crypto.Aead;
import org.hearth.kernel.crypto.MasterKeyRing;
import org.hearth.kernel.crypto.Tokens;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;

/** Registering webhook endpoints, showing their deliveries, and the erasure requests tenants must acknowledge. */
public final class WebhookService {

    public static final Set<String> EVENTS = Set.of("agreement.granted", "agreement.revoked", "agreement.expired", "individual.erased",
            "invoice.issued", "invoice.overdue");

    private final Db db;
    private final MasterKeyRing masterKeys;
    private final WebhookTargets targets;
    private final WebhookRepository repository = new WebhookRepository();

    WebhookService(Db db, MasterKeyRing masterKeys, WebhookTargets targets) {
        this.db = db;
        this.masterKeys = masterKeys;
        this.targets = targets;
    }

    /** A new endpoint; the signing secret is in the answer only. */
    public Webhook.Registered register(CallContext ctx, TenantScope scope, String url, List<String> events) {
        targets.check(url);
        if (events.isEmpty() || !EVENTS.containsAll(events)) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "events must be among " + EVENTS + ".");
        }
        UUID id = Ids.newId();
        String secret = Tokens.newSecret("whsec_");
        byte[] sealed = Aead.encrypt(masterKeys.current().key(), secret.getBytes(StandardCharsets.UTF_8), context(id));
        db.write(ctx, scope, tx -> {
            repository.insertWebhook(tx, scope, id, url, events, sealed, masterKeys.current().id());
            return null;
        });
        return new Webhook.Registered(id, url, events, secret);
    }

    /** Where an attempt may go now: the registered URL, checked again because DNS answers change. */
    URI target(String url) {
        return targets.check(url);
    }

    /** Deletes one of the tenant's endpoints (see {@link WebhookRepository#disable}); 404 for another's or one already deleted. */
    public void delete(CallContext ctx, TenantScope scope, UUID webhookId) {
        db.write(ctx, scope, tx -> {
            if (!repository.disable(tx, scope, webhookId)) {
                throw new HearthException(ErrorCode.NOT_FOUND, "You have no webhook with this id.");
            }
            return null;
        });
    }

    public List<Webhook> list(TenantScope scope) {
        return db.read(scope, "webhooks.list", dsl -> repository.webhooks(dsl, scope));
    }

    /** How many deliveries to one endpoint have arrived, are still being tried, or were given up. */
    public record DeliveryCounts(long delivered, long pending, long gaveUp) {
    }

    /** Delivery counts for each of the tenant's endpoints, in one query (endpoints with none are absent). */
    public Map<UUID, DeliveryCounts> deliveryCounts(TenantScope scope) {
        return db.read(scope, "webhooks.delivery_counts", dsl -> repository.deliveryCounts(dsl, scope));
    }

    /** Each delivery to one of the tenant's endpoints, newest first, with every attempt; 404 for another's endpoint. */
    public List<WebhookDelivery> deliveries(TenantScope scope, UUID webhookId) {
        return db.read(scope, "webhooks.deliveries", dsl -> {
            if (!repository.owns(dsl, scope, webhookId)) {
                throw new HearthException(ErrorCode.NOT_FOUND, "You have no webhook with this id.");
            }
            return repository.deliveries(dsl, scope, webhookId);
        });
    }

    public List<ErasureRequest> erasureRequests(TenantScope scope) {
        return db.read(scope, "erasure_requests.list", dsl -> repository.erasureRequests(dsl, scope));
    }

    /** The operator's view across tenants: under the audited system scope. */
    public List<ErasureRequest> outstandingErasureRequests(CallContext ctx) {
        return db.system(ctx, repository::outstandingErasureRequests);
    }

    public void acknowledge(CallContext ctx, TenantScope scope, UUID requestId) {
        db.write(ctx, scope, tx -> {
            if (repository.acknowledge(tx, scope, requestId) == 0) {
                throw new HearthException(ErrorCode.NOT_FOUND, "You have no erasure request with this id.");
            }
            return null;
        });
    }

    String secret(WebhookRepository.Target webhook) {
        var master = masterKeys.byId(webhook.masterKeyId()).orElseThrow(() -> new IllegalStateException("Master key " + webhook.masterKeyId() + " is not configured"));
        return new String(Aead.decrypt(master.key(), webhook.secretCt(), context(webhook.id())), StandardCharsets.UTF_8);
    }

    private static byte[] context(UUID webhookId) {
        return ("hearth:webhook-secret:" + webhookId).getBytes(StandardCharsets.UTF_8);
    }
}
