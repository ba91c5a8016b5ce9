package org.hearth.kernel.outbox;

/**
 * A consumer's place in the outbox: the transaction that wrote the last event it read, and that
 * event's row id. Positions are ordered by transaction, then row, which is the order in which
 * {@link OutboxFeed} hands events out.
 */
public record OutboxPosition(long txId, long id) {

    /** Before every event. */
    public static final OutboxPosition START = new OutboxPosition(0, 0);

    public OutboxPosition {
        if (txId < 0 || id < 0) {
            throw new IllegalArgumentException("an outbox position is never negative");
        }
    }
}
