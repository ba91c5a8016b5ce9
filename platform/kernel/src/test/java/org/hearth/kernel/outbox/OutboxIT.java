package org.hearth.kernel.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboxIT {

    private static final CallContext CTX = CallContext.system("test.outbox");

    @EventType(value = "account.opened", aggregate = "account")
    record AccountOpened(String aggregateId, String plan) implements OutboxEvent {
    }

    @EventType(value = "agreement.step", aggregate = "agreement")
    record Step(String aggregateId, int n) implements OutboxEvent {
    }

    @EventType(value = "x.first", aggregate = "x")
    record First(String aggregateId) implements OutboxEvent {
    }

    @EventType(value = "x.second", aggregate = "x")
    record Second(String aggregateId) implements OutboxEvent {
    }

    @EventType(value = "x.third", aggregate = "x")
    record Third(String aggregateId) implements OutboxEvent {
    }

    @EventType(value = "tenant.registered", aggregate = "tenant")
    record Registered(String aggregateId) implements OutboxEvent {
    }

    @EventType(value = "tenant.renamed", aggregate = "tenant")
    record Renamed(String aggregateId) implements OutboxEvent {
    }

    private final TestDatabase database = TestDatabase.get();
    private final Db db = database.db();
    private Vertx vertx;
    private final List<DomainEvent> received = new CopyOnWriteArrayList<>();
    private static final String FENCE = "test-fence";
    private volatile CountDownLatch fence = new CountDownLatch(0);

    @BeforeEach
    void setUp() {
        database.reset();
        vertx = Vertx.vertx();
        vertx.eventBus().<JsonObject>consumer(Outbox.ADDRESS, m -> {
            if (m.body().containsKey(FENCE)) {
                fence.countDown();
                return;
            }
            received.add(DomainEvent.fromJson(m.body()));
            synchronized (received) {
                received.notifyAll();
            }
        });
    }

    @AfterEach
    void tearDown() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void aCommittedChangeIsPublishedAndARolledBackOneNeverIs() throws Exception {
        db.write(CTX, dsl -> Outbox.append(dsl, new AccountOpened("a1", "free")));
        assertThatThrownBy(() -> db.write(CTX, dsl -> {
            Outbox.append(dsl, new AccountOpened("a2", null));
            throw new IllegalStateException("the change fails after its event was written");
        })).isInstanceOf(IllegalStateException.class);

        try (OutboxDispatcher dispatcher = dispatcher()) {
            assertThat(dispatcher.dispatchBatch()).isEqualTo(1);
            assertThat(dispatcher.dispatchBatch()).as("a second batch").isZero();
        }
        delivered();
        assertThat(received).hasSize(1);
        DomainEvent event = received.getFirst();
        assertThat(event.type()).isEqualTo("account.opened");
        assertThat(event.aggregateId()).isEqualTo("a1");
        assertThat(event.payload().getString("plan")).isEqualTo("free");
    }

    @Test
    void eventsOfOneAggregateArriveInTheOrderTheyCommitted() throws Exception {
        for (int i = 0; i < 30; i++) {
            int n = i;
            db.write(CTX, dsl -> Outbox.append(dsl, new Step("g1", n)));
        }
        try (OutboxDispatcher dispatcher = dispatcher()) {
            dispatcher.start();
            awaitReceived(30);
        }
        assertThat(received).extracting(e -> e.payload().getInteger("n")).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 30).boxed().toList());
    }

    @Test
    void eventsCommittedWhileNoDispatcherRanArePublishedAfterARestartAndOnlyOnce() throws Exception {
        try (OutboxDispatcher dispatcher = dispatcher()) {
            dispatcher.start();
            db.write(CTX, dsl -> Outbox.append(dsl, new First("1")));
            awaitReceived(1);
        }
        // the process is down: changes still commit, with their events
        db.write(CTX, dsl -> Outbox.append(dsl, new Second("1")));
        db.write(CTX, dsl -> Outbox.append(dsl, new Third("1")));
        delivered();
        assertThat(received).hasSize(1);
        try (OutboxDispatcher restarted = dispatcher()) {
            assertThat(restarted.dispatchBatch()).isEqualTo(2);
            assertThat(restarted.dispatchBatch()).as("nothing is published twice").isZero();
        }
        delivered();
        assertThat(received).extracting(DomainEvent::type).containsExactly("x.first", "x.second", "x.third");
    }

    @Test
    void anEventIsAlsoPublishedOnItsTypesOwnAddress() throws Exception {
        List<JsonObject> typed = new CopyOnWriteArrayList<>();
        vertx.eventBus().<JsonObject>consumer(Outbox.address("tenant.registered"), m -> typed.add(m.body()));
        db.write(CTX, dsl -> Outbox.append(dsl, new Registered("t1")));
        db.write(CTX, dsl -> Outbox.append(dsl, new Renamed("t1")));
        try (OutboxDispatcher dispatcher = dispatcher()) {
            dispatcher.start();
            awaitReceived(2);
        }
        assertThat(typed).hasSize(1);
        assertThat(typed.getFirst().getString("eventId")).isNotBlank();
    }

    private OutboxDispatcher dispatcher() {
        return new OutboxDispatcher(db, vertx, Duration.ofMillis(50), new SimpleMeterRegistry());
    }

    private void awaitReceived(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        synchronized (received) {
            while (received.size() < n && System.nanoTime() < deadline) {
                received.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            }
        }
        assertThat(received).as("events received").hasSizeGreaterThanOrEqualTo(n);
    }

    /**
     * Waits until every message published so far from this thread has reached the consumer: a
     * marker published after them on the same address arrives after them.
     */
    private void delivered() throws InterruptedException {
        fence = new CountDownLatch(1);
        vertx.eventBus().publish(Outbox.ADDRESS, new JsonObject().put(FENCE, true));
        assertThat(fence.await(10, TimeUnit.SECONDS)).as("the marker arrived").isTrue();
    }
}
