package org.hearth.kernel.outbox;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * A consumer's durable cursor over the outbox, in the consumer's own table (each module keeps
 * its own, so each moves at its own pace): one row per cursor name holding an
 * {@link OutboxPosition}. Locked for the transaction that reads the next batch and moves it, so
 * one consumer moves a cursor at a time.
 */
public record OutboxCursor(Table<?> table, Field<String> name, Field<Long> lastTxId, Field<Long> lastId, String cursorName) {

    /** The cursor's position, locked for this transaction (made at the start the first time). */
    public OutboxPosition lock(DSLContext tx) {
        tx.insertInto(table).set(name, cursorName).set(lastTxId, 0L).set(lastId, 0L).onConflictDoNothing().execute();
        return tx.select(lastTxId, lastId).from(table).where(name.eq(cursorName)).forUpdate()
                .fetchOne(r -> new OutboxPosition(r.value1(), r.value2()));
    }

    public void move(DSLContext tx, OutboxPosition to) {
        tx.update(table).set(lastTxId, to.txId()).set(lastId, to.id()).where(name.eq(cursorName)).execute();
    }
}
