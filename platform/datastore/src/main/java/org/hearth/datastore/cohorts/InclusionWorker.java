package org.hearth.datastore.cohorts;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.hearth.datastore.accesslog.AccessEntry;
import org.hearth.datastore.accesslog.AccessLog;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.work.PollingWorker;
import org.hearth.kernel.work.Worker;

/**
 * Appends pilot inclusions to their participants' access logs, a batch at a time, oldest question
 * first: each batch's entries and the inclusion's progress commit together, so a restart resumes
 * where the last commit left off and never appends an entry twice. Participants erased since the
 * answer are left out (their log went with their store). A platform job under the audited system
 * scope; an idle poll asks the database a yes or no and writes nothing.
 */
public final class InclusionWorker implements Worker {

    static final String JOB = "access_log.append_inclusions";
    /** Participants per transaction: each batch locks this many chain heads for the time it takes to append to them. */
    static final int BATCH = 5000;

    private final Db db;
    private final AccessLog log;
    private final int batch;
    private final InclusionRepository repository = new InclusionRepository();
    private final PollingWorker worker;

    public InclusionWorker(Db db, AccessLog log, Duration idle) {
        this(db, log, idle, BATCH);
    }

    InclusionWorker(Db db, AccessLog log, Duration idle, int batch) {
        this.db = db;
        this.log = log;
        this.batch = batch;
        this.worker = new PollingWorker("pilot-inclusions", this::appendBatch, idle);
    }

    /** Appends the next batch; returns how many participants it went through (0 when none wait). */
    public int appendBatch() {
        if (!db.read("pending_inclusions.any", repository::anyPending)) {
            return 0;
        }
        return db.system(CallContext.system(JOB), tx -> repository.lockNext(tx, batch).map(slice -> {
            List<AccessLog.Under> participants = slice.participants();
            Set<java.util.UUID> living = repository.lockLiving(tx, participants.stream().map(AccessLog.Under::individualId).toList());
            InclusionRepository.Entry e = slice.entry();
            AccessEntry.New entry = new AccessEntry.New(e.actorKind(), e.actorId(), e.action(), null, List.of(), e.categories(), e.reason());
            log.appendToEach(tx, entry, participants.stream().filter(p -> living.contains(p.individualId())).toList(), e.occurredAt());
            int expanded = slice.from() + participants.size();
            if (expanded >= slice.total()) {
                repository.done(tx, slice.seq());
            } else {
                repository.advance(tx, slice.seq(), expanded);
            }
            return participants.size();
        }).orElse(0));
    }

    @Override
    public String name() {
        return worker.name();
    }

    @Override
    public void start() {
        worker.start();
    }

    @Override
    public void close() {
        worker.close();
    }
}
