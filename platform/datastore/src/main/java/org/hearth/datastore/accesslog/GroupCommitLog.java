package org.hearth.datastore.accesslog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hearth.datastore.ReadMeter;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.work.Worker;

/**
 * Group commit for access-log appends on the hot path (an organisation's reads). Concurrent
 * appends are queued and written by one writer in a single transaction, so they share one durable
 * commit instead of each waiting for its own fsync and for the previous append's lock on the
 * individual's chain head. A caller's future completes only after that commit: durability before
 * the data leaves is unchanged; only the number of commits falls. Each batch is one audited write
 * by the platform ({@value #JOB}): the batch mixes many callers, each of whom is named in the
 * entries themselves. A {@link Worker}: its writer starts when the platform starts it, not when built.
 */
public final class GroupCommitLog implements Worker {

    static final String JOB = "accesslog.append";

    private static final int MAX_BATCH = 256;

    private record Pending(UUID individualId, AccessEntry.New entry, ReadMeter.Read metered, CompletableFuture<AccessEntry> done) {
    }

    private final Db db;
    private final AccessLog log;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private Thread writer;
    private volatile ReadMeter meter = ReadMeter.NONE;

    public GroupCommitLog(Db db, AccessLog log) {
        this.db = db;
        this.log = log;
    }

    @Override
    public String name() {
        return "access-log-group-commit";
    }

    @Override
    public synchronized void start() {
        if (writer == null && running.compareAndSet(false, true)) {
            writer = Thread.ofVirtual().name(name()).start(this::run);
        }
    }

    /** Registers what counts the batches' reads (composed once at start, before the server takes reads). */
    public void meterWith(ReadMeter readMeter) {
        this.meter = java.util.Objects.requireNonNull(readMeter, "readMeter");
    }

    /** Appends durably; blocks the calling (virtual) thread until the shared commit. */
    public AccessEntry append(UUID individualId, AccessEntry.New entry) {
        return append(individualId, entry, null);
    }

    /** Appends durably with the read's usage ({@code metered}, may be null) in the same commit. */
    public AccessEntry append(UUID individualId, AccessEntry.New entry, ReadMeter.Read metered) {
        if (!running.get()) {
            throw new IllegalStateException("The access log's writer is not running (not started, or closed)");
        }
        CompletableFuture<AccessEntry> done = new CompletableFuture<>();
        queue.add(new Pending(individualId, entry, metered, done));
        return done.join();
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (running.get() || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        // One writer, heads locked in id order: no deadlock with single-append transactions elsewhere.
        List<Pending> ordered = batch.stream().sorted(Comparator.comparing(Pending::individualId)).toList();
        ReadMeter readMeter = meter;
        List<ReadMeter.Read> reads = readMeter == ReadMeter.NONE ? List.of()
                : ordered.stream().map(Pending::metered).filter(java.util.Objects::nonNull).toList();
        // Usage rows belong to many tenants: a batch that carries any is written under the system scope.
        java.util.function.Function<java.util.function.Function<org.jooq.DSLContext, List<AccessEntry>>, List<AccessEntry>> inTx =
                reads.isEmpty() ? work -> db.write(CallContext.system(JOB), work) : work -> db.system(CallContext.system(JOB), work);
        try {
            List<AccessEntry> written = inTx.apply(tx -> {
                List<AccessEntry> out = new ArrayList<>(ordered.size());
                int from = 0;
                while (from < ordered.size()) {
                    UUID individual = ordered.get(from).individualId();
                    int to = from;
                    while (to < ordered.size() && ordered.get(to).individualId().equals(individual)) {
                        to++;
                    }
                    out.addAll(log.appendAll(tx, individual, ordered.subList(from, to).stream().map(Pending::entry).toList()));
                    from = to;
                }
                if (!reads.isEmpty()) {
                    readMeter.metered(tx, reads);
                }
                return out;
            });
            for (int i = 0; i < ordered.size(); i++) {
                ordered.get(i).done().complete(written.get(i));
            }
        } catch (RuntimeException e) {
            ordered.forEach(p -> p.done().completeExceptionally(e));
        }
    }

    /** Stops taking appends and waits (up to ten seconds) for the writer to commit what is queued. */
    @Override
    public void close() {
        running.set(false);
        Thread started;
        synchronized (this) {
            started = writer;
        }
        if (started == null) {
            return;
        }
        try {
            started.join(java.time.Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
