package org.hearth.datastore.portability;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.hearth.datastore.IndividualMail;
import org.hearth.datastore.IndividualNotices;
import org.hearth.datastore.notices.NoticeService;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.Credential;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.work.PollingWorker;
import org.hearth.kernel.work.Worker;
import org.hearth.web.pages.Messages;

/**
 * Prepares the copies people asked for, one batch of {@link ExportService#BATCH} records per
 * transaction: the batch's sealed part, the job's cursor and its progress commit together, so a
 * restart (or another node's worker) goes on after the last committed batch, never twice, never
 * skipping one. The records are read as their owner's, by this job on their behalf. When the last
 * batch is in, the person gets a notice on their dashboard and, unless they turned it off, a mail.
 */
public final class ExportWorker implements Worker {

    static final String JOB = "exports.prepare";
    private static final int ATTEMPTS = 5;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExportWorker.class);

    private final Db db;
    private final ExportJobs jobs;
    private final ExportService exports;
    private final NoticeService notices;
    private final IndividualMail mail;
    private final Clock clock;
    private final ExportJobRepository repository = new ExportJobRepository();
    private final PollingWorker worker;

    public ExportWorker(Db db, ExportJobs jobs, ExportService exports, NoticeService notices, IndividualMail mail, Clock clock, Duration idle) {
        this.db = db;
        this.jobs = jobs;
        this.exports = exports;
        this.notices = notices;
        this.mail = mail;
        this.clock = clock;
        this.worker = new PollingWorker("exports", this::step, idle);
    }

    /** Deletes the copies past their time, and prepares one batch of one job; returns how many rows it settled. */
    public int step() {
        if (!db.read("exports.due", repository::anyWork)) {
            return 0;
        }
        return org.hearth.kernel.work.RetriedStep.run(this::prepareOne, this::failOne);
    }

    /**
     * A batch that failed rolled back whole: the job is tried again later, and given up after
     * {@link #ATTEMPTS} (the page then says so), so it never holds up the others.
     */
    private int failOne(ExportJob job, Throwable e) {
        boolean giveUp = job.attempts() + 1 >= ATTEMPTS;
        LOG.atWarn().addKeyValue("job", job.id().toString()).addKeyValue("attempt", job.attempts() + 1).addKeyValue("givenUp", giveUp)
                .log("an export batch failed: " + e.getClass().getSimpleName());
        return db.system(CallContext.system(JOB + ".failed"), tx -> {
            repository.failed(tx, job.id(), OffsetDateTime.now(clock).plus(org.hearth.kernel.work.RetriedStep.backoff(job.attempts())), giveUp);
            return 1;
        });
    }

    private int prepareOne(java.util.concurrent.atomic.AtomicReference<ExportJob> taken) {
        return db.system(CallContext.system(JOB), tx -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            int settled = repository.deleteExpired(tx, now);
            Optional<ExportJob> next = repository.lockNext(tx);
            if (next.isEmpty()) {
                return settled;
            }
            ExportJob job = next.get();
            taken.set(job);
            Actor owner = Actor.individual(job.individualId(), new Credential.Job(JOB));
            ExportService.RecordsPart part = exports.part(owner, job.cursor(), ExportService.BATCH);
            repository.addPart(tx, job, jobs.seal(tx, job, part), part.last(), part.size());
            if (part.complete()) {
                OffsetDateTime expires = now.plus(ExportJobs.KEPT);
                repository.markReady(tx, job.id(), now, expires);
                notices.sendIn(tx, new IndividualNotices.Audience.One(job.individualId()), "export:" + job.id(),
                        Messages.of("en").t("export.notice"), Messages.of("fr").t("export.notice"));
                mail.tell(tx, job.individualId(), IndividualMail.Kind.EXPORT_READY, Map.of("expires", expires.toString()));
            }
            return settled + 1;
        });
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
