package org.hearth.governance.billing;

import static org.hearth.schema.generated.governance.Tables.BILLING_POSTINGS;
import static org.hearth.schema.generated.governance.Tables.OUTBOX_CURSORS;
import static org.hearth.schema.generated.platform.Tables.OUTBOX_EVENTS;

import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The poster's cursor over the platform's outbox and its record of every billing event it handled. */
final class BillingRepository {

    /** A committed outbox event, as the poster reads it. */
    record OutboxRow(long id, UUID eventId, String eventType, String payloadJson) {
    }

    /** The id of the newest outbox event (0 when there is none); the outbox is the platform's, not under row-level security. */
    long outboxHead(DSLContext dsl) {
        Long head = dsl.select(DSL.max(OUTBOX_EVENTS.ID)).from(OUTBOX_EVENTS).fetchOne(0, Long.class);
        return head == null ? 0L : head;
    }

    /** The cursor, locked for this transaction (made at 0 the first time): one poster moves it at a time. */
    long lockCursor(DSLContext tx, String name) {
        tx.insertInto(OUTBOX_CURSORS).set(OUTBOX_CURSORS.NAME, name).set(OUTBOX_CURSORS.LAST_ID, 0L).onConflictDoNothing().execute();
        return tx.select(OUTBOX_CURSORS.LAST_ID).from(OUTBOX_CURSORS).where(OUTBOX_CURSORS.NAME.eq(name)).forUpdate().fetchOne(OUTBOX_CURSORS.LAST_ID);
    }

    void moveCursor(DSLContext tx, String name, long lastId) {
        tx.update(OUTBOX_CURSORS).set(OUTBOX_CURSORS.LAST_ID, lastId).where(OUTBOX_CURSORS.NAME.eq(name)).execute();
    }

    List<OutboxRow> eventsAfter(DSLContext tx, long after, int limit) {
        return tx.select(OUTBOX_EVENTS.ID, OUTBOX_EVENTS.EVENT_ID, OUTBOX_EVENTS.EVENT_TYPE, OUTBOX_EVENTS.PAYLOAD).from(OUTBOX_EVENTS)
                .where(OUTBOX_EVENTS.ID.gt(after)).orderBy(OUTBOX_EVENTS.ID).limit(limit).fetch()
                .map(e -> new OutboxRow(e.value1(), e.value2(), e.value3(), e.value4() == null ? null : e.value4().data()));
    }

    boolean handled(DSLContext tx, UUID eventId) {
        return tx.fetchExists(BILLING_POSTINGS, BILLING_POSTINGS.EVENT_ID.eq(eventId));
    }

    /** Records the outcome; {@code entryId} for a posted event, {@code reason} for a rejected one. */
    void record(DSLContext tx, OutboxRow row, String outcome, UUID entryId, String reason) {
        tx.insertInto(BILLING_POSTINGS).set(BILLING_POSTINGS.EVENT_ID, row.eventId()).set(BILLING_POSTINGS.OUTBOX_ID, row.id())
                .set(BILLING_POSTINGS.EVENT_TYPE, row.eventType()).set(BILLING_POSTINGS.OUTCOME, outcome)
                .set(BILLING_POSTINGS.ENTRY_ID, entryId).set(BILLING_POSTINGS.REASON, reason).execute();
    }

    /** The newest {@code limit} rejected events, newest first. */
    List<RejectedEvent> rejected(DSLContext dsl, int limit) {
        return dsl.selectFrom(BILLING_POSTINGS).where(BILLING_POSTINGS.OUTCOME.eq("rejected"))
                .orderBy(BILLING_POSTINGS.RECORDED_AT.desc(), BILLING_POSTINGS.OUTBOX_ID.desc()).limit(limit).fetch()
                .map(r -> new RejectedEvent(r.getEventId(), r.getOutboxId(), r.getEventType(), r.getReason(), r.getRecordedAt()));
    }
}
