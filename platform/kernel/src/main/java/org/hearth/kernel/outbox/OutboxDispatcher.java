package org.hearth.kernel.outbox;

import static org.hearth.schema.generated.platform.Tables.OUTBOX_EVENTS;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.work.PollingWorker;
import org.hearth.kernel.work.Worker;
import org.hearth.schema.generated.platform.tables.records.OutboxEventsRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Publishes committed outbox rows on the event bus, oldest first, then stamps them published in
 * the same transaction. A crash between the two republishes the batch on the next run: delivery
 * is at least once, never lost. One dispatcher runs at a time across every process sharing the
 * database (a transaction-scoped advisory lock), which keeps events in order per aggregate.
 */
public final class OutboxDispatcher implements Worker {

    /** Advisory lock key: an arbitrary constant that only this dispatcher uses. */
    static final long LOCK_KEY = 0x4865617274684F42L;
    private static final int BATCH = 200;

    private final Db db;
    private final Vertx vertx;
    private final Counter published;
    private final PollingWorker worker;

    public OutboxDispatcher(Db db, Vertx vertx, Duration pollInterval, MeterRegistry registry) {
        this.db = db;
        this.vertx = vertx;
        this.published = Counter.builder("hearth.outbox.published").description("Events published from the outbox").register(registry);
        this.worker = new PollingWorker("outbox-dispatcher", this::dispatchBatch, pollInterval);
    }

    @Override
    public String name() {
        return "outbox-dispatcher";
    }

    /** Starts polling (the constructor only wires). */
    @Override
    public void start() {
        worker.start();
    }

    /** Publishes one batch of committed events; returns how many. */
    public int dispatchBatch() {
        // A platform job: its audit row is written only for a batch that marked events published.
        return db.job(org.hearth.kernel.actor.CallContext.system("outbox.dispatch"), dsl -> {
            Boolean locked = dsl.select(DSL.function("pg_try_advisory_xact_lock", Boolean.class, DSL.val(LOCK_KEY))).fetchOne(0, Boolean.class);
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            List<OutboxEventsRecord> batch = dsl.selectFrom(OUTBOX_EVENTS)
                    .where(OUTBOX_EVENTS.PUBLISHED_AT.isNull())
                    .orderBy(OUTBOX_EVENTS.ID)
                    .limit(BATCH)
                    .fetch();
            for (OutboxEventsRecord row : batch) {
                publish(row);
            }
            markPublished(dsl, batch);
            published.increment(batch.size());
            return batch.size();
        });
    }

    private void publish(OutboxEventsRecord row) {
        DomainEvent event = new DomainEvent(row.getEventId(), row.getId(), row.getAggregateType(), row.getAggregateId(),
                row.getEventType(), new JsonObject(row.getPayload().data()), row.getCreatedAt());
        JsonObject body = event.toJson();
        DeliveryOptions options = new DeliveryOptions().addHeader("event-id", event.eventId().toString()).addHeader("type", event.type());
        vertx.eventBus().publish(Outbox.ADDRESS, body, options);
        vertx.eventBus().publish(Outbox.address(event.type()), body, options);
    }

    private static void markPublished(DSLContext dsl, List<OutboxEventsRecord> batch) {
        if (batch.isEmpty()) {
            return;
        }
        dsl.update(OUTBOX_EVENTS)
                .set(OUTBOX_EVENTS.PUBLISHED_AT, DSL.currentOffsetDateTime())
                .set(OUTBOX_EVENTS.ATTEMPTS, OUTBOX_EVENTS.ATTEMPTS.plus(1))
                .where(OUTBOX_EVENTS.ID.in(batch.stream().map(OutboxEventsRecord::getId).toList()))
                .execute();
    }

    @Override
    public void close() {
        worker.close();
    }
}
