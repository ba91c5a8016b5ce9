package org.hearth.governance.billing;

import static org.hearth.schema.generated.governance.Tables.BILLING_POSTINGS;
import static org.hearth.schema.generated.governance.Tables.OUTBOX_CURSORS;

import java.util.List;
import java.util.UUID;
import org.hearth.kernel.outbox.OutboxCursor;
import org.hearth.kernel.outbox.OutboxFeed;
import org.hearth.kernel.outbox.OutboxPosition;
import org.jooq.DSLContext;

/** The poster's cursor over the platform's outbox and its record of every billing event it handled. */
final class BillingRepository {

    /** A committed outbox event, as the poster reads it. */
    record OutboxRow(OutboxPosition position, UUID eventId, String eventType, String payloadJson) {
        long id() {
            return position.id();
        }
    }

    /** Whether the outbox holds a committed event after {@code position}; the outbox is the platform's, not under row-level security. */
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

    List<OutboxRow> eventsAfter(DSLContext tx, OutboxPosition after, int limit) {
        return OutboxFeed.after(tx, after, limit).stream()
                .map(e -> new OutboxRow(e.position(), e.eventId(), e.eventType(), e.payloadJson())).toList();
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
