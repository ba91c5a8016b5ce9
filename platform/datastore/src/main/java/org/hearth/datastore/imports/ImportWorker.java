package org.hearth.datastore.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.hearth.datastore.IndividualMail;
import org.hearth.datastore.IndividualNotices;
import org.hearth.datastore.notices.NoticeService;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.work.PollingWorker;
import org.hearth.kernel.work.RetriedStep;
import org.hearth.kernel.work.Worker;
import org.hearth.web.pages.Messages;

/**
 * Carries on the imports people confirmed, one part of {@link ImportJobs#PART} records per
 * transaction: the records, the part's deletion and the job's progress commit together, so a
 * restart (or another node's worker) goes on after the last part added, never adding one twice,
 * never skipping one. When the last part is in, the person gets a notice on their dashboard and,
 * unless they turned it off, a mail. It also deletes the previews nobody confirmed and the
 * summaries past their week.
 */
public final class ImportWorker implements Worker {

    static final String JOB = "imports.add";
    private static final int ATTEMPTS = 5;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ImportWorker.class);

    private final Db db;
    private final ImportJobs jobs;
    private final NoticeService notices;
    private final IndividualMail mail;
    private final Clock clock;
    private final ImportJobRepository repository = new ImportJobRepository();
    private final PollingWorker worker;

    public ImportWorker(Db db, ImportJobs jobs, NoticeService notices, IndividualMail mail, Clock clock, Duration idle) {
        this.db = db;
        this.jobs = jobs;
        this.notices = notices;
        this.mail = mail;
        this.clock = clock;
        this.worker = new PollingWorker("imports", this::step, idle);
    }

    /** Deletes what is past its time, and adds one part of one job; returns how many rows it settled. */
    public int step() {
        if (!db.read("imports.due", repository::anyWork)) {
            return 0;
        }
        return RetriedStep.run(this::addOne, this::failOne);
    }

    /**
     * A part that failed rolled back whole: the job is tried again later (1, 2, 4… minutes), and
     * given up after {@link #ATTEMPTS}, so it never holds up the others; the records of the parts
     * added before stay, the page says how many, and the person can try again from there.
     */
    private int failOne(ImportJob job, Throwable e) {
        boolean giveUp = job.attempts() + 1 >= ATTEMPTS;
        LOG.atWarn().addKeyValue("job", job.id().toString()).addKeyValue("attempt", job.attempts() + 1).addKeyValue("givenUp", giveUp)
                .log("an import part failed: " + e.getClass().getSimpleName());
        return db.system(CallContext.system(JOB + ".failed"), tx -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            repository.failed(tx, job.id(), now.plus(RetriedStep.backoff(job.attempts())), giveUp, now, now.plus(ImportJobs.SUMMARY_KEPT));
            return 1;
        });
    }

    private int addOne(AtomicReference<ImportJob> taken) {
        return db.system(CallContext.system(JOB), tx -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            int settled = repository.deleteExpired(tx, now);
            Optional<ImportJob> next = repository.lockNext(tx);
            if (next.isEmpty()) {
                return settled;
            }
            ImportJob job = next.get();
            taken.set(job);
            jobs.addNext(tx, job, now);
            if (job.lastPart()) {
                Messages en = Messages.of("en");
                Messages fr = Messages.of("fr");
                // Kept in clear like every notice: it says a file was added, not what kind (a health summary says something).
                notices.sendIn(tx, new IndividualNotices.Audience.One(job.individualId()), "import:" + job.id(),
                        en.t("import.notice", job.total()), fr.t("import.notice", job.total()));
                mail.tell(tx, job.individualId(), IndividualMail.Kind.IMPORT_DONE,
                        Map.of("format", job.format(), "count", Integer.toString(job.total()), "job", job.id().toString()));
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
