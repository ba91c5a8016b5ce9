package org.hearth.datastore.accesslog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hearth.kernel.db.Db;

/**
 * Group commit for access-log appends on the hot path (an organisation's reads). Concurrent
 * appends are queued and written by one writer in a single transaction, so they share one durable
 * commit instead of each waiting for its own fsync and for the previous append's lock on the
 * individual's chain head. A caller's future completes only after that commit: durability before
 * the data leaves is unchanged; only the number of commits falls.
 */
public final class GroupCommitLog implements AutoCloseable {

    private static final int MAX_BATCH = 256;

    private record Pending(UUID individualId, AccessEntry.New entry, CompletableFuture<AccessEntry> done) {
    }

    private final Db db;
    private final AccessLog log;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread writer;

    public GroupCommitLog(Db db, AccessLog log) {
        this.db = db;
        this.log = log;
        this.writer = Thread.ofVirtual().name("access-log-group-commit").start(this::run);
    }

    /** Appends durably; blocks the calling (virtual) thread until the shared commit. */
    public AccessEntry append(UUID individualId, AccessEntry.New entry) {
        if (!running.get()) {
            throw new IllegalStateException("The access log is closed");
        }
        CompletableFuture<AccessEntry> done = new CompletableFuture<>();
        queue.add(new Pending(individualId, entry, done));
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
        try {
            List<AccessEntry> written = db.tx("access_log.group_commit", tx -> {
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
                return out;
            });
            for (int i = 0; i < ordered.size(); i++) {
                ordered.get(i).done().complete(written.get(i));
            }
        } catch (RuntimeException e) {
            ordered.forEach(p -> p.done().completeExceptionally(e));
        }
    }

    @Override
    public void close() {
        running.set(false);
        try {
            writer.join(java.time.Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
