package org.hearth.tenants.webhooks;

import static org.hearth.schema.generated.platform.Tables.OUTBOX_EVENTS;
import static org.hearth.schema.generated.tenants.Tables.ERASURE_REQUESTS;
import static org.hearth.schema.generated.tenants.Tables.OUTBOX_CURSORS;
import static org.hearth.schema.generated.tenants.Tables.WEBHOOKS;
import static org.hearth.schema.generated.tenants.Tables.WEBHOOK_DELIVERIES;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.id.Ids;
import org.hearth.schema.generated.platform.tables.records.OutboxEventsRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Reads committed events from the outbox after its own durable cursor and turns them into
 * webhook deliveries (and erasure requests), in the same transaction that moves the cursor:
 * nothing is skipped after a crash, and a replay inserts nothing twice.
 */
final class WebhookFanout {

    static final String CURSOR = "webhooks";
    private static final List<String> TYPES = List.of("agreement.granted", "agreement.revoked", "agreement.expired", "individual.erased");

    private final Db db;

    WebhookFanout(Db db) {
        this.db = db;
    }

    /** Handles the next batch; returns how many outbox rows it read. */
    int runOnce() {
        return db.tx("webhooks.fanout", tx -> {
            tx.insertInto(OUTBOX_CURSORS).set(OUTBOX_CURSORS.NAME, CURSOR).set(OUTBOX_CURSORS.LAST_ID, 0L).onConflictDoNothing().execute();
            long after = tx.select(OUTBOX_CURSORS.LAST_ID).from(OUTBOX_CURSORS).where(OUTBOX_CURSORS.NAME.eq(CURSOR)).forUpdate().fetchOne(OUTBOX_CURSORS.LAST_ID);
            List<OutboxEventsRecord> events = tx.selectFrom(OUTBOX_EVENTS).where(OUTBOX_EVENTS.ID.gt(after)).orderBy(OUTBOX_EVENTS.ID).limit(200).fetch();
            for (OutboxEventsRecord event : events) {
                if (TYPES.contains(event.getEventType())) {
                    fanOut(tx, event);
                }
            }
            if (!events.isEmpty()) {
                tx.update(OUTBOX_CURSORS).set(OUTBOX_CURSORS.LAST_ID, events.getLast().getId()).where(OUTBOX_CURSORS.NAME.eq(CURSOR)).execute();
            }
            return events.size();
        });
    }

    private void fanOut(DSLContext tx, OutboxEventsRecord event) {
        JsonObject payload = new JsonObject(event.getPayload().data());
        if ("individual.erased".equals(event.getEventType())) {
            JsonArray holders = payload.getJsonArray("holders", new JsonArray());
            for (int i = 0; i < holders.size(); i++) {
                UUID tenant = UUID.fromString(holders.getJsonObject(i).getString("tenantId"));
                String subject = holders.getJsonObject(i).getString("subjectId");
                UUID requestId = Ids.newId();
                int inserted = tx.insertInto(ERASURE_REQUESTS).set(ERASURE_REQUESTS.ID, requestId).set(ERASURE_REQUESTS.TENANT_ID, tenant)
                        .set(ERASURE_REQUESTS.SUBJECT_ID, subject).set(ERASURE_REQUESTS.EVENT_ID, event.getEventId()).onConflictDoNothing().execute();
                if (inserted == 1) {
                    enqueue(tx, tenant, event, new JsonObject().put("erasureRequestId", requestId.toString()).put("subjectId", subject));
                }
            }
        } else {
            UUID tenant = UUID.fromString(payload.getString("tenantId"));
            payload.remove("tenantId");
            enqueue(tx, tenant, event, payload);
        }
    }

    private static void enqueue(DSLContext tx, UUID tenant, OutboxEventsRecord event, JsonObject data) {
        String body = new JsonObject().put("id", event.getEventId().toString()).put("type", event.getEventType())
                .put("occurredAt", event.getCreatedAt().toString()).put("data", data).encode();
        for (UUID webhook : tx.select(WEBHOOKS.ID).from(WEBHOOKS)
                .where(WEBHOOKS.TENANT_ID.eq(tenant).and(WEBHOOKS.DISABLED_AT.isNull()).and(DSL.val(event.getEventType()).eq(DSL.any(WEBHOOKS.EVENTS))))
                .fetch(WEBHOOKS.ID)) {
            tx.insertInto(WEBHOOK_DELIVERIES).set(WEBHOOK_DELIVERIES.ID, Ids.newId()).set(WEBHOOK_DELIVERIES.WEBHOOK_ID, webhook)
                    .set(WEBHOOK_DELIVERIES.TENANT_ID, tenant).set(WEBHOOK_DELIVERIES.EVENT_ID, event.getEventId())
                    .set(WEBHOOK_DELIVERIES.EVENT_TYPE, event.getEventType()).set(WEBHOOK_DELIVERIES.PAYLOAD, body)
                    .onConflictDoNothing().execute();
        }
    }
}
