package org.hearth.kernel.outbox;

import static org.hearth.schema.generated.platform.Tables.OUTBOX_EVENTS;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The outbox read in an order no late commit can break, for consumers that keep a durable cursor.
 *
 * <p>Row ids are taken when a row is inserted, not when its transaction commits, so "every row
 * after the last id I read" skips a row whose transaction committed after a newer one was read.
 * Each row carries the id of the transaction that wrote it; a read returns only rows whose
 * transaction is older than every transaction still running ({@code pg_snapshot_xmin} of the
 * statement's snapshot): those transactions have all ended, so no row can later appear before
 * the position the consumer moves to. A long transaction delays consumers; it never makes one
 * skip an event.
 */
public final class OutboxFeed {

    /** The oldest transaction still running, as the statement sees it. */
    private static final Field<Long> OLDEST_RUNNING = DSL.field("pg_snapshot_xmin(pg_current_snapshot())::text::bigint", Long.class);

    private OutboxFeed() {
    }

    /** Up to {@code limit} events after {@code position}, in position order, all of whose writers have ended. */
    public static List<StoredEvent> after(DSLContext tx, OutboxPosition position, int limit) {
        return tx.select(OUTBOX_EVENTS.TX_ID, OUTBOX_EVENTS.ID, OUTBOX_EVENTS.EVENT_ID, OUTBOX_EVENTS.EVENT_TYPE, OUTBOX_EVENTS.PAYLOAD,
                        OUTBOX_EVENTS.CREATED_AT)
                .from(OUTBOX_EVENTS)
                .where(beyond(position)).and(OUTBOX_EVENTS.TX_ID.lt(OLDEST_RUNNING))
                .orderBy(OUTBOX_EVENTS.TX_ID, OUTBOX_EVENTS.ID)
                .limit(limit)
                .fetch(r -> new StoredEvent(new OutboxPosition(r.value1(), r.value2()), r.value3(), r.value4(),
                        r.value5() == null ? null : r.value5().data(), r.value6()));
    }

    /**
     * Whether any committed event lies after {@code position}: one index probe, for a poller that
     * opens no transaction while there is nothing new. True also while the newer events wait for
     * an older transaction to end.
     */
    public static boolean anyAfter(DSLContext dsl, OutboxPosition position) {
        return dsl.fetchExists(OUTBOX_EVENTS, beyond(position));
    }

    private static Condition beyond(OutboxPosition position) {
        return DSL.row(OUTBOX_EVENTS.TX_ID, OUTBOX_EVENTS.ID).gt(DSL.row(DSL.val(position.txId()), DSL.val(position.id())));
    }
}
