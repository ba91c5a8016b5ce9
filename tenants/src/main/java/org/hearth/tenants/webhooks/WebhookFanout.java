package org.hearth.tenants.webhooks;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.hearth.datastore.IndividualErased;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.TenantGuard;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.outbox.OutboxPosition;
import org.hearth.kernel.outbox.StoredEvent;
import org.jooq.DSLContext;

/**
 * Reads committed events from the outbox after its own durable cursor and turns them into
 * webhook deliveries (and erasure requests), in the same transaction that moves the cursor:
 * nothing is skipped after a crash, and a replay inserts nothing twice. It acts across tenants,
 * so each batch is one audited unit of work under the system scope; when the outbox holds nothing
 * newer than the cursor last seen, it does not open one (no audit row for an idle poll).
 */
final class WebhookFanout {

    static final String CURSOR = "webhooks";
    static final String JOB = "webhooks-fanout";
    private static final List<String> TYPES = List.of("agreement.granted", "agreement.revoked", "agreement.expired", "individual.erased",
            "invoice.issued", "invoice.overdue");

    private final Db db;
    private final WebhookRepository repository = new WebhookRepository();
    /** The cursor as this process last saw it; null until the first batch (another node may move it further). */
    private final AtomicReference<OutboxPosition> seen = new AtomicReference<>();

    WebhookFanout(Db db) {
        this.db = db;
    }

    /** Handles the next batch; returns how many outbox rows it read. */
    int runOnce() {
        OutboxPosition known = seen.get();
        if (known != null && !db.read("webhooks.outbox_head", dsl -> repository.anyEventAfter(dsl, known))) {
            return 0;
        }
        CallContext ctx = CallContext.system(JOB);
        AtomicReference<OutboxPosition> read = new AtomicReference<>();
        int count = db.system(ctx, tx -> {
            OutboxPosition after = repository.lockCursor(tx, CURSOR);
            List<StoredEvent> events = repository.eventsAfter(tx, after, 200);
            for (StoredEvent event : events) {
                if (TYPES.contains(event.eventType())) {
                    fanOut(ctx, tx, event);
                }
            }
            OutboxPosition last = events.isEmpty() ? after : events.getLast().position();
            if (!events.isEmpty()) {
                repository.moveCursor(tx, CURSOR, last);
            }
            read.set(last);
            return events.size();
        });
        // Only once committed: a batch rolled back is read again on the next poll.
        seen.set(read.get());
        return count;
    }

    private void fanOut(CallContext ctx, DSLContext tx, StoredEvent event) {
        if ("individual.erased".equals(event.eventType())) {
            for (IndividualErased.Holder holder : WebhookJson.erasureHolders(event.payloadJson())) {
                TenantScope tenant = TenantGuard.forJob(ctx.actor(), holder.tenantId());
                UUID requestId = Ids.newId();
                if (repository.insertErasureRequest(tx, tenant, requestId, holder.subjectId(), event.eventId())) {
                    enqueue(tx, tenant, event, WebhookJson.erasureEvent(event.eventId(), event.eventType(), event.createdAt(), requestId, holder.subjectId()));
                }
            }
        } else {
            TenantScope tenant = TenantGuard.forJob(ctx.actor(), WebhookJson.tenantOf(event.payloadJson()));
            enqueue(tx, tenant, event, WebhookJson.agreementEvent(event.eventId(), event.eventType(), event.createdAt(), event.payloadJson()));
        }
    }

    private void enqueue(DSLContext tx, TenantScope tenant, StoredEvent event, String body) {
        for (UUID webhook : repository.subscribers(tx, tenant, event.eventType())) {
            repository.enqueue(tx, tenant, Ids.newId(), webhook, event.eventId(), event.eventType(), body);
        }
    }
}
