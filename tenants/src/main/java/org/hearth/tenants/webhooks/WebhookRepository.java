package org.hearth.tenants.webhooks;

import static org.hearth.schema.generated.tenants.Tables.ERASURE_REQUESTS;
import static org.hearth.schema.generated.tenants.Tables.OUTBOX_CURSORS;
import static org.hearth.schema.generated.tenants.Tables.WEBHOOKS;
import static org.hearth.schema.generated.tenants.Tables.WEBHOOK_ATTEMPTS;
import static org.hearth.schema.generated.tenants.Tables.WEBHOOK_DELIVERIES;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.Tenancy;
import org.hearth.kernel.outbox.OutboxCursor;
import org.hearth.kernel.outbox.OutboxFeed;
import org.hearth.kernel.outbox.OutboxPosition;
import org.hearth.kernel.outbox.StoredEvent;
import org.hearth.schema.generated.tenants.Routines;
import org.hearth.schema.generated.tenants.tables.records.ErasureRequestsRecord;
import org.hearth.schema.generated.tenants.tables.records.WebhookDeliveriesRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Webhooks, their deliveries and attempts, erasure requests, and the fan-out's cursor over the outbox. */
final class WebhookRepository {

    /** A delivery the sender has leased. */
    record Due(UUID id, UUID webhookId, UUID tenantId, UUID eventId, String payload, int attempts, OffsetDateTime createdAt) {
    }

    /** Where and how to post: the endpoint's URL and its sealed secret. */
    record Target(UUID id, String url, byte[] secretCt, String masterKeyId) {
    }

    void insertWebhook(DSLContext tx, TenantScope scope, UUID id, String url, List<String> events, byte[] secretCt, String masterKeyId) {
        tx.insertInto(WEBHOOKS).set(WEBHOOKS.ID, id).set(WEBHOOKS.TENANT_ID, scope.tenantId()).set(WEBHOOKS.URL, url)
                .set(WEBHOOKS.EVENTS, events.stream().distinct().toArray(String[]::new))
                .set(WEBHOOKS.SECRET_CT, secretCt).set(WEBHOOKS.MASTER_KEY_ID, masterKeyId).execute();
    }

    List<Webhook> webhooks(DSLContext dsl, TenantScope scope) {
        return dsl.selectFrom(WEBHOOKS).where(Tenancy.owned(WEBHOOKS, scope)).and(WEBHOOKS.DISABLED_AT.isNull()).orderBy(WEBHOOKS.CREATED_AT).fetch()
                .map(w -> new Webhook(w.getId(), w.getUrl(), List.of(w.getEvents()), w.getCreatedAt()));
    }

    boolean owns(DSLContext dsl, TenantScope scope, UUID webhookId) {
        return dsl.fetchExists(WEBHOOKS, WEBHOOKS.ID.eq(webhookId).and(Tenancy.owned(WEBHOOKS, scope)).and(WEBHOOKS.DISABLED_AT.isNull()));
    }

    /**
     * Deletes an endpoint: it is kept, disabled, so its deliveries' history stays for the audit, but
     * it is listed no more, gets no new event, and its deliveries still being tried are given up.
     * Whether it was the tenant's and live.
     */
    boolean disable(DSLContext tx, TenantScope scope, UUID webhookId) {
        int disabled = tx.update(WEBHOOKS).set(WEBHOOKS.DISABLED_AT, DSL.currentOffsetDateTime())
                .where(WEBHOOKS.ID.eq(webhookId).and(Tenancy.owned(WEBHOOKS, scope)).and(WEBHOOKS.DISABLED_AT.isNull())).execute();
        if (disabled == 1) {
            tx.update(WEBHOOK_DELIVERIES).set(WEBHOOK_DELIVERIES.GIVEN_UP_AT, DSL.currentOffsetDateTime())
                    .where(WEBHOOK_DELIVERIES.WEBHOOK_ID.eq(webhookId).and(Tenancy.owned(WEBHOOK_DELIVERIES, scope))
                            .and(WEBHOOK_DELIVERIES.DELIVERED_AT.isNull()).and(WEBHOOK_DELIVERIES.GIVEN_UP_AT.isNull())).execute();
        }
        return disabled == 1;
    }

    Map<UUID, WebhookService.DeliveryCounts> deliveryCounts(DSLContext dsl, TenantScope scope) {
        var delivered = DSL.count().filterWhere(WEBHOOK_DELIVERIES.DELIVERED_AT.isNotNull());
        var gaveUp = DSL.count().filterWhere(WEBHOOK_DELIVERIES.GIVEN_UP_AT.isNotNull());
        var total = DSL.count();
        Map<UUID, WebhookService.DeliveryCounts> out = new HashMap<>();
        dsl.select(WEBHOOK_DELIVERIES.WEBHOOK_ID, delivered, gaveUp, total).from(WEBHOOK_DELIVERIES).where(Tenancy.owned(WEBHOOK_DELIVERIES, scope))
                .groupBy(WEBHOOK_DELIVERIES.WEBHOOK_ID).fetch()
                .forEach(r -> out.put(r.value1(), new WebhookService.DeliveryCounts(r.value2(), r.value4() - r.value2() - r.value3(), r.value3())));
        return out;
    }

    /** The newest 200 deliveries to one endpoint, each with its attempts (two queries). */
    List<WebhookDelivery> deliveries(DSLContext dsl, TenantScope scope, UUID webhookId) {
        List<WebhookDeliveriesRecord> rows = dsl.selectFrom(WEBHOOK_DELIVERIES)
                .where(Tenancy.owned(WEBHOOK_DELIVERIES, scope).and(WEBHOOK_DELIVERIES.WEBHOOK_ID.eq(webhookId)))
                .orderBy(WEBHOOK_DELIVERIES.CREATED_AT.desc()).limit(200).fetch();
        Map<UUID, List<WebhookDelivery.Attempt>> attempts = new HashMap<>();
        dsl.selectFrom(WEBHOOK_ATTEMPTS)
                .where(Tenancy.owned(WEBHOOK_ATTEMPTS, scope).and(WEBHOOK_ATTEMPTS.DELIVERY_ID.in(rows.stream().map(WebhookDeliveriesRecord::getId).toList())))
                .orderBy(WEBHOOK_ATTEMPTS.ATTEMPT).fetch()
                .forEach(a -> attempts.computeIfAbsent(a.getDeliveryId(), k -> new java.util.ArrayList<>()).add(new WebhookDelivery.Attempt(
                        a.getAttempt(), a.getAt(), Optional.ofNullable(a.getStatus()), Optional.ofNullable(a.getError()))));
        return rows.stream().map(d -> new WebhookDelivery(d.getId(), d.getEventId(), d.getEventType(), d.getDeliveredAt() != null,
                d.getGivenUpAt() != null, d.getNextAttemptAt(), attempts.getOrDefault(d.getId(), List.of()))).toList();
    }

    List<ErasureRequest> erasureRequests(DSLContext dsl, TenantScope scope) {
        return dsl.selectFrom(ERASURE_REQUESTS).where(Tenancy.owned(ERASURE_REQUESTS, scope))
                .orderBy(ERASURE_REQUESTS.REQUESTED_AT.desc()).limit(500).fetch().map(WebhookRepository::erasure);
    }

    /** Every tenant's unacknowledged requests (system scope: the operator's view). */
    List<ErasureRequest> outstandingErasureRequests(DSLContext dsl) {
        return dsl.selectFrom(ERASURE_REQUESTS).where(ERASURE_REQUESTS.ACKNOWLEDGED_AT.isNull())
                .orderBy(ERASURE_REQUESTS.REQUESTED_AT).limit(1000).fetch().map(WebhookRepository::erasure);
    }

    int acknowledge(DSLContext tx, TenantScope scope, UUID requestId) {
        return tx.update(ERASURE_REQUESTS).set(ERASURE_REQUESTS.ACKNOWLEDGED_AT, DSL.coalesce(ERASURE_REQUESTS.ACKNOWLEDGED_AT, DSL.currentOffsetDateTime()))
                .where(Tenancy.owned(ERASURE_REQUESTS, scope).and(ERASURE_REQUESTS.ID.eq(requestId))).execute();
    }

    private static ErasureRequest erasure(ErasureRequestsRecord e) {
        return new ErasureRequest(e.getId(), e.getTenantId(), e.getSubjectId(), e.getRequestedAt(), Optional.ofNullable(e.getAcknowledgedAt()));
    }

    // The fan-out (system scope).

    /** Whether the outbox holds a committed event after {@code position}. */
    boolean anyEventAfter(DSLContext dsl, OutboxPosition position) {
        return OutboxFeed.anyAfter(dsl, position);
    }

    /** The cursor, locked for this transaction (made at the start the first time). */
    OutboxPosition lockCursor(DSLContext tx, String name) {
        return cursor(name).lock(tx);
    }

    void moveCursor(DSLContext tx, String name, OutboxPosition last) {
        cursor(name).move(tx, last);
    }

    private static OutboxCursor cursor(String name) {
        return new OutboxCursor(OUTBOX_CURSORS, OUTBOX_CURSORS.NAME, OUTBOX_CURSORS.LAST_TX_ID, OUTBOX_CURSORS.LAST_ID, name);
    }

    List<StoredEvent> eventsAfter(DSLContext tx, OutboxPosition after, int limit) {
        return OutboxFeed.after(tx, after, limit);
    }

    /** True when this call recorded the request (a replayed event records nothing twice). */
    boolean insertErasureRequest(DSLContext tx, TenantScope scope, UUID id, String subjectId, UUID eventId) {
        return tx.insertInto(ERASURE_REQUESTS).set(ERASURE_REQUESTS.ID, id).set(ERASURE_REQUESTS.TENANT_ID, scope.tenantId())
                .set(ERASURE_REQUESTS.SUBJECT_ID, subjectId).set(ERASURE_REQUESTS.EVENT_ID, eventId).onConflictDoNothing().execute() == 1;
    }

    List<UUID> subscribers(DSLContext tx, TenantScope scope, String eventType) {
        return tx.select(WEBHOOKS.ID).from(WEBHOOKS)
                .where(Tenancy.owned(WEBHOOKS, scope).and(WEBHOOKS.DISABLED_AT.isNull()).and(DSL.val(eventType).eq(DSL.any(WEBHOOKS.EVENTS))))
                .fetch(WEBHOOKS.ID);
    }

    void enqueue(DSLContext tx, TenantScope scope, UUID id, UUID webhookId, UUID eventId, String eventType, String body) {
        tx.insertInto(WEBHOOK_DELIVERIES).set(WEBHOOK_DELIVERIES.ID, id).set(WEBHOOK_DELIVERIES.WEBHOOK_ID, webhookId)
                .set(WEBHOOK_DELIVERIES.TENANT_ID, scope.tenantId()).set(WEBHOOK_DELIVERIES.EVENT_ID, eventId)
                .set(WEBHOOK_DELIVERIES.EVENT_TYPE, eventType).set(WEBHOOK_DELIVERIES.PAYLOAD, body)
                .onConflictDoNothing().execute();
    }

    // The sender (system scope).

    /** Up to {@code limit} due deliveries of every tenant, leased: their next attempt is pushed to {@code leaseUntil}. */
    List<Due> leaseDue(DSLContext tx, OffsetDateTime now, OffsetDateTime leaseUntil, int limit) {
        // A delivery the fan-out queued while its endpoint was being deleted is given up, not sent.
        tx.update(WEBHOOK_DELIVERIES).set(WEBHOOK_DELIVERIES.GIVEN_UP_AT, DSL.currentOffsetDateTime())
                .where(WEBHOOK_DELIVERIES.DELIVERED_AT.isNull().and(WEBHOOK_DELIVERIES.GIVEN_UP_AT.isNull()).and(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT.le(now)))
                .and(DSL.exists(DSL.selectOne().from(WEBHOOKS).where(WEBHOOKS.ID.eq(WEBHOOK_DELIVERIES.WEBHOOK_ID)).and(WEBHOOKS.DISABLED_AT.isNotNull())))
                .execute();
        var rows = tx.selectFrom(WEBHOOK_DELIVERIES)
                .where(WEBHOOK_DELIVERIES.DELIVERED_AT.isNull().and(WEBHOOK_DELIVERIES.GIVEN_UP_AT.isNull())
                        .and(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT.le(now)))
                .and(DSL.notExists(DSL.selectOne().from(WEBHOOKS).where(WEBHOOKS.ID.eq(WEBHOOK_DELIVERIES.WEBHOOK_ID)).and(WEBHOOKS.DISABLED_AT.isNotNull())))
                .orderBy(WEBHOOK_DELIVERIES.CREATED_AT).limit(limit).forUpdate().skipLocked().fetch();
        if (!rows.isEmpty()) {
            tx.update(WEBHOOK_DELIVERIES).set(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT, leaseUntil)
                    .where(WEBHOOK_DELIVERIES.ID.in(rows.stream().map(WebhookDeliveriesRecord::getId).toList())).execute();
        }
        return rows.map(d -> new Due(d.getId(), d.getWebhookId(), d.getTenantId(), d.getEventId(), d.getPayload(), d.getAttempts(), d.getCreatedAt()));
    }

    /** Whether a delivery of any tenant is due: a yes or no past row-level security (a SECURITY DEFINER function), so an idle poll needs no system scope. */
    boolean anyDue(DSLContext dsl) {
        return Boolean.TRUE.equals(dsl.select(Routines.webhookDeliveryDue()).fetchOne(0, Boolean.class));
    }

    Optional<Target> target(DSLContext dsl, TenantScope scope, UUID webhookId) {
        return dsl.selectFrom(WEBHOOKS).where(WEBHOOKS.ID.eq(webhookId).and(Tenancy.owned(WEBHOOKS, scope)).and(WEBHOOKS.DISABLED_AT.isNull())).fetchOptional()
                .map(w -> new Target(w.getId(), w.getUrl(), w.getSecretCt(), w.getMasterKeyId()));
    }

    void insertAttempt(DSLContext tx, TenantScope scope, UUID deliveryId, int attempt, Integer status, String error) {
        tx.insertInto(WEBHOOK_ATTEMPTS).set(WEBHOOK_ATTEMPTS.DELIVERY_ID, deliveryId).set(WEBHOOK_ATTEMPTS.TENANT_ID, scope.tenantId())
                .set(WEBHOOK_ATTEMPTS.ATTEMPT, attempt).set(WEBHOOK_ATTEMPTS.STATUS, status).set(WEBHOOK_ATTEMPTS.ERROR, error)
                .onConflictDoNothing().execute();
    }

    void markDelivered(DSLContext tx, TenantScope scope, UUID deliveryId, int attempts) {
        tx.update(WEBHOOK_DELIVERIES).set(WEBHOOK_DELIVERIES.ATTEMPTS, attempts).set(WEBHOOK_DELIVERIES.DELIVERED_AT, DSL.currentOffsetDateTime())
                .where(WEBHOOK_DELIVERIES.ID.eq(deliveryId).and(Tenancy.owned(WEBHOOK_DELIVERIES, scope)))
                .and(WEBHOOK_DELIVERIES.GIVEN_UP_AT.isNull()).execute();
    }

    void markGivenUp(DSLContext tx, TenantScope scope, UUID deliveryId, int attempts) {
        tx.update(WEBHOOK_DELIVERIES).set(WEBHOOK_DELIVERIES.ATTEMPTS, attempts).set(WEBHOOK_DELIVERIES.GIVEN_UP_AT, DSL.currentOffsetDateTime())
                .where(WEBHOOK_DELIVERIES.ID.eq(deliveryId).and(Tenancy.owned(WEBHOOK_DELIVERIES, scope))).execute();
    }

    void retryAt(DSLContext tx, TenantScope scope, UUID deliveryId, int attempts, OffsetDateTime next) {
        tx.update(WEBHOOK_DELIVERIES).set(WEBHOOK_DELIVERIES.ATTEMPTS, attempts).set(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT, next)
                .where(WEBHOOK_DELIVERIES.ID.eq(deliveryId).and(Tenancy.owned(WEBHOOK_DELIVERIES, scope)))
                .and(WEBHOOK_DELIVERIES.GIVEN_UP_AT.isNull()).execute();
    }
}
