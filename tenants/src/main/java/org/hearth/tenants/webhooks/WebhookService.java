package org.hearth.tenants.webhooks;

import static org.hearth.schema.generated.tenants.Tables.ERASURE_REQUESTS;
import static org.hearth.schema.generated.tenants.Tables.WEBHOOKS;
import static org.hearth.schema.generated.tenants.Tables.WEBHOOK_ATTEMPTS;
import static org.hearth.schema.generated.tenants.Tables.WEBHOOK_DELIVERIES;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.kernel.crypto.Aead;
import org.hearth.kernel.crypto.MasterKeyRing;
import org.hearth.kernel.crypto.Tokens;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.schema.generated.tenants.tables.records.WebhooksRecord;
import org.jooq.impl.DSL;

/** Registering webhook endpoints, showing their deliveries, and the erasure requests tenants must acknowledge. */
public final class WebhookService {

    public static final Set<String> EVENTS = Set.of("agreement.granted", "agreement.revoked", "agreement.expired", "individual.erased");

    private final Db db;
    private final MasterKeyRing masterKeys;

    private final WebhookTargets targets;

    WebhookService(Db db, MasterKeyRing masterKeys, WebhookTargets targets) {
        this.db = db;
        this.masterKeys = masterKeys;
        this.targets = targets;
    }

    /** A new endpoint; the signing secret is in the answer only. */
    public JsonObject register(UUID tenantId, String url, List<String> events) {
        targets.check(url);
        if (events.isEmpty() || !EVENTS.containsAll(events)) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "events must be among " + EVENTS + ".");
        }
        UUID id = Ids.newId();
        String secret = Tokens.newSecret("whsec_");
        db.asTenant(tenantId, "webhooks.register", tx -> tx.insertInto(WEBHOOKS).set(WEBHOOKS.ID, id).set(WEBHOOKS.TENANT_ID, tenantId).set(WEBHOOKS.URL, url)
                .set(WEBHOOKS.EVENTS, events.stream().distinct().toArray(String[]::new))
                .set(WEBHOOKS.SECRET_CT, Aead.encrypt(masterKeys.current().key(), secret.getBytes(StandardCharsets.UTF_8), context(id)))
                .set(WEBHOOKS.MASTER_KEY_ID, masterKeys.current().id()).execute());
        return new JsonObject().put("id", id.toString()).put("url", url).put("events", new JsonArray(events)).put("secret", secret);
    }

    /** Where an attempt may go now: the registered URL, checked again because DNS answers change. */
    URI target(String url) {
        return targets.check(url);
    }

    public JsonArray list(UUID tenantId) {
        JsonArray out = new JsonArray();
        db.asTenant(tenantId, "webhooks.list", dsl -> dsl.selectFrom(WEBHOOKS).where(WEBHOOKS.TENANT_ID.eq(tenantId)).orderBy(WEBHOOKS.CREATED_AT).fetch())
                .forEach(w -> out.add(new JsonObject().put("id", w.getId().toString()).put("url", w.getUrl()).put("events", new JsonArray(List.of(w.getEvents())))
                        .put("createdAt", w.getCreatedAt().toString())));
        return out;
    }

    /** How many deliveries to one endpoint have arrived, are still being tried, or were given up. */
    public record DeliveryCounts(long delivered, long pending, long gaveUp) {
    }

    /** Delivery counts for each of the tenant's endpoints, in one query (endpoints with none are absent). */
    public java.util.Map<UUID, DeliveryCounts> deliveryCounts(UUID tenantId) {
        var delivered = DSL.count().filterWhere(WEBHOOK_DELIVERIES.DELIVERED_AT.isNotNull());
        var gaveUp = DSL.count().filterWhere(WEBHOOK_DELIVERIES.GIVEN_UP_AT.isNotNull());
        var total = DSL.count();
        java.util.Map<UUID, DeliveryCounts> out = new java.util.HashMap<>();
        db.asTenant(tenantId, "webhooks.delivery_counts", dsl -> dsl.select(WEBHOOK_DELIVERIES.WEBHOOK_ID, delivered, gaveUp, total)
                .from(WEBHOOK_DELIVERIES).where(WEBHOOK_DELIVERIES.TENANT_ID.eq(tenantId)).groupBy(WEBHOOK_DELIVERIES.WEBHOOK_ID).fetch())
                .forEach(r -> out.put(r.value1(), new DeliveryCounts(r.value2(), r.value4() - r.value2() - r.value3(), r.value3())));
        return out;
    }

    /** Each delivery to one of the tenant's endpoints, newest first, with every attempt. */
    public JsonArray deliveries(UUID tenantId, UUID webhookId) {
        return db.asTenant(tenantId, "webhooks.deliveries", dsl -> {
            if (!dsl.fetchExists(WEBHOOKS, WEBHOOKS.ID.eq(webhookId).and(WEBHOOKS.TENANT_ID.eq(tenantId)))) {
                throw new HearthException(ErrorCode.NOT_FOUND, "You have no webhook with this id.");
            }
            JsonArray out = new JsonArray();
            for (var d : dsl.selectFrom(WEBHOOK_DELIVERIES).where(WEBHOOK_DELIVERIES.WEBHOOK_ID.eq(webhookId))
                    .orderBy(WEBHOOK_DELIVERIES.CREATED_AT.desc()).limit(200).fetch()) {
                JsonArray attempts = new JsonArray();
                dsl.selectFrom(WEBHOOK_ATTEMPTS).where(WEBHOOK_ATTEMPTS.DELIVERY_ID.eq(d.getId())).orderBy(WEBHOOK_ATTEMPTS.ATTEMPT).fetch()
                        .forEach(a -> attempts.add(new JsonObject().put("attempt", a.getAttempt()).put("at", a.getAt().toString())
                                .put("status", a.getStatus()).put("error", a.getError())));
                out.add(new JsonObject().put("id", d.getId().toString()).put("eventId", d.getEventId().toString()).put("type", d.getEventType())
                        .put("delivered", d.getDeliveredAt() != null).put("gaveUp", d.getGivenUpAt() != null)
                        .put("nextAttemptAt", d.getDeliveredAt() == null ? d.getNextAttemptAt().toString() : null).put("attempts", attempts));
            }
            return out;
        });
    }

    public JsonArray erasureRequests(UUID tenantId) {
        JsonArray out = new JsonArray();
        db.asTenant(tenantId, "erasure_requests.list", dsl -> dsl.selectFrom(ERASURE_REQUESTS).where(ERASURE_REQUESTS.TENANT_ID.eq(tenantId))
                .orderBy(ERASURE_REQUESTS.REQUESTED_AT.desc()).limit(500).fetch())
                .forEach(e -> out.add(erasure(e)));
        return out;
    }

    public JsonArray outstandingErasureRequests() {
        JsonArray out = new JsonArray();
        db.read("erasure_requests.outstanding", dsl -> dsl.selectFrom(ERASURE_REQUESTS).where(ERASURE_REQUESTS.ACKNOWLEDGED_AT.isNull())
                .orderBy(ERASURE_REQUESTS.REQUESTED_AT).limit(1000).fetch())
                .forEach(e -> out.add(erasure(e).put("tenantId", e.getTenantId().toString())));
        return out;
    }

    public void acknowledge(UUID tenantId, UUID requestId) {
        int updated = db.asTenant(tenantId, "erasure_requests.acknowledge", tx -> tx.update(ERASURE_REQUESTS).set(ERASURE_REQUESTS.ACKNOWLEDGED_AT,
                        DSL.coalesce(ERASURE_REQUESTS.ACKNOWLEDGED_AT, DSL.currentOffsetDateTime()))
                .where(ERASURE_REQUESTS.TENANT_ID.eq(tenantId).and(ERASURE_REQUESTS.ID.eq(requestId))).execute());
        if (updated == 0) {
            throw new HearthException(ErrorCode.NOT_FOUND, "You have no erasure request with this id.");
        }
    }

    private static JsonObject erasure(org.hearth.schema.generated.tenants.tables.records.ErasureRequestsRecord e) {
        return new JsonObject().put("id", e.getId().toString()).put("subjectId", e.getSubjectId()).put("requestedAt", e.getRequestedAt().toString())
                .put("acknowledgedAt", e.getAcknowledgedAt() == null ? null : e.getAcknowledgedAt().toString());
    }

    String secret(WebhooksRecord webhook) {
        var master = masterKeys.byId(webhook.getMasterKeyId()).orElseThrow(() -> new IllegalStateException("Master key " + webhook.getMasterKeyId() + " is not configured"));
        return new String(Aead.decrypt(master.key(), webhook.getSecretCt(), context(webhook.getId())), StandardCharsets.UTF_8);
    }

    private static byte[] context(UUID webhookId) {
        return ("hearth:webhook-secret:" + webhookId).getBytes(StandardCharsets.UTF_8);
    }
}
