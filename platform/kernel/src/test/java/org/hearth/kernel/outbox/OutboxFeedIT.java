package org.hearth.kernel.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A consumer that moves a durable cursor over the outbox never skips an event whose transaction
 * committed after a newer one: the case that reading "ids after the last one" gets wrong.
 */
class OutboxFeedIT {

    private static final CallContext CTX = CallContext.system("test.outbox-feed");

    @EventType(value = "feed.happened", aggregate = "feed")
    record Happened(String aggregateId) implements OutboxEvent {
    }

    private final TestDatabase database = TestDatabase.get();
    private final Db db = database.db();

    @BeforeEach
    void setUp() {
        database.reset();
    }

    @Test
    void anEventCommittedLateIsReadBeforeTheCursorPassesIt() throws Exception {
        db.write(CTX, tx -> Outbox.append(tx, new Happened("first")));
        CountDownLatch slowInserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // The slow transaction takes its row id first and commits last.
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> db.write(CTX, tx -> {
            Outbox.append(tx, new Happened("slow"));
            slowInserted.countDown();
            await(release);
            return null;
        }));
        await(slowInserted);
        db.write(CTX, tx -> Outbox.append(tx, new Happened("fast")));

        // A consumer polls now: it may take what came before the slow transaction, nothing after it.
        List<StoredEvent> early = read(OutboxPosition.START);
        assertThat(early).extracting(OutboxFeedIT::aggregate).containsExactly("first");
        boolean newerWaiting = db.read("test.any", tx -> OutboxFeed.anyAfter(tx, early.getLast().position()));
        assertThat(newerWaiting).isTrue();

        release.countDown();
        slow.get(30, TimeUnit.SECONDS);
        List<StoredEvent> rest = read(early.getLast().position());
        assertThat(rest).extracting(OutboxFeedIT::aggregate).containsExactly("slow", "fast");
        assertThat(read(rest.getLast().position())).isEmpty();
        boolean more = db.read("test.any", tx -> OutboxFeed.anyAfter(tx, rest.getLast().position()));
        assertThat(more).isFalse();
    }

    @Test
    void eventsOfOneTransactionComeInTheOrderTheyWereAppended() {
        db.write(CTX, tx -> {
            for (int i = 0; i < 5; i++) {
                Outbox.append(tx, new Happened("n" + i));
            }
            return null;
        });
        List<StoredEvent> first = db.read("test.feed", tx -> OutboxFeed.after(tx, OutboxPosition.START, 3));
        List<StoredEvent> second = db.read("test.feed", tx -> OutboxFeed.after(tx, first.getLast().position(), 3));
        assertThat(first).extracting(OutboxFeedIT::aggregate).containsExactly("n0", "n1", "n2");
        assertThat(second).extracting(OutboxFeedIT::aggregate).containsExactly("n3", "n4");
    }

    private List<StoredEvent> read(OutboxPosition after) {
        return db.read("test.feed", tx -> OutboxFeed.after(tx, after, 100));
    }

    private static String aggregate(StoredEvent event) {
        return new io.vertx.core.json.JsonObject(event.payloadJson()).getString("aggregateId");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
