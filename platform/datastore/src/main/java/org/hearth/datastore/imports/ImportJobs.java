package org.hearth.datastore.imports;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.datastore.Record;
import org.hearth.datastore.keys.DataKeys;
import org.hearth.datastore.records.RecordService;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.crypto.Aead;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.jooq.DSLContext;

/**
 * Files brought in from elsewhere, as jobs. At the preview, what the file will become is kept as
 * parts of {@link #PART} records, each sealed under the person's data key (the file itself is
 * not kept); once the person confirms, a one-part file is added at once, in their own
 * transaction, and a larger one by {@link ImportWorker}, one part per transaction, with its
 * progress shown on the page and a notice when it is done.
 */
public final class ImportJobs {

    /** Records per part: one transaction of the worker, one step of the progress bar. */
    public static final int PART = 200;
    /** How long a preview waits for the person to confirm it. */
    static final Duration PROPOSAL_KEPT = Duration.ofHours(1);
    /** How long a finished job's summary stays on the page. */
    static final Duration SUMMARY_KEPT = Duration.ofDays(7);
    /**
     * An import is never deleted while it runs (it goes on after any restart; one that keeps
     * failing is given up, and its summary then kept for {@link #SUMMARY_KEPT}): its expiry is set
     * far, only so that the column always says something.
     */
    private static final Duration RUNNING_KEPT = Duration.ofDays(30);

    private final Db db;
    private final DataKeys keys;
    private final RecordService records;
    private final Clock clock;
    private final ImportJobRepository repository = new ImportJobRepository();

    public ImportJobs(Db db, DataKeys keys, RecordService records, Clock clock) {
        this.db = db;
        this.keys = keys;
        this.records = records;
        this.clock = clock;
    }

    /** Keeps what a file will become until the person confirms (replacing a preview they did not confirm). */
    public ImportJob propose(CallContext ctx, Imports.Preview preview) {
        UUID owner = ctx.actor().individualId();
        List<Record.Content> contents = ImportPartJson.contents(preview.records());
        if (contents.isEmpty()) {
            throw new ImportException("empty", "The file holds nothing Hearth can add.");
        }
        records.checkContents(contents);
        UUID id = Ids.newId();
        return db.write(ctx, tx -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            repository.deleteProposed(tx, owner);
            int parts = (contents.size() + PART - 1) / PART;
            repository.insert(tx, id, owner, preview.format(), contents.size(), parts, now, now.plus(PROPOSAL_KEPT));
            var key = keys.open(tx, owner);
            for (int seq = 0; seq < parts; seq++) {
                byte[] part = ImportPartJson.encode(contents.subList(seq * PART, Math.min(contents.size(), (seq + 1) * PART)));
                repository.insertPart(tx, id, owner, seq, Aead.encrypt(key, part, context(id, seq)));
            }
            return repository.byId(tx, owner, id).orElseThrow();
        });
    }

    /**
     * The person confirms: a one-part file is added now (the job is then done), a larger one is
     * left to the worker. Confirming twice, or a job already started, changes nothing; a preview
     * gone (discarded, replaced or past its hour) is 404.
     */
    public ImportJob start(CallContext ctx, UUID id) {
        UUID owner = ctx.actor().individualId();
        return db.write(ctx, tx -> {
            ImportJob job = lockIfChangeable(tx, owner, id);
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (job.state() != ImportJob.State.PROPOSED) {
                return job;
            }
            if (job.expiresAt().isBefore(now)) {
                throw notFound();
            }
            if (job.parts() == 1) {
                addNext(tx, job, now);
            } else {
                repository.start(tx, id, now, now.plus(RUNNING_KEPT));
            }
            return repository.byId(tx, owner, id).orElseThrow();
        });
    }

    /** The person changes their mind before confirming: the preview goes (true); a job already started stays as it is (false). */
    public boolean discard(CallContext ctx, UUID id) {
        UUID owner = ctx.actor().individualId();
        return db.write(ctx, tx -> {
            ImportJob job = lockIfChangeable(tx, owner, id);
            if (job.state() != ImportJob.State.PROPOSED) {
                return false;
            }
            repository.deleteProposed(tx, owner);
            return true;
        });
    }

    /** A given-up import is tried again from where it stopped; any other is left as it is. */
    public ImportJob retry(CallContext ctx, UUID id) {
        UUID owner = ctx.actor().individualId();
        return db.write(ctx, tx -> {
            ImportJob job = lockIfChangeable(tx, owner, id);
            if (job.state() == ImportJob.State.FAILED) {
                OffsetDateTime now = OffsetDateTime.now(clock);
                repository.retry(tx, id, now, now.plus(RUNNING_KEPT));
            }
            return repository.byId(tx, owner, id).orElseThrow();
        });
    }

    public Optional<ImportJob> mine(Actor individual, UUID id) {
        return db.read(individual, "imports.job", dsl -> repository.byId(dsl, individual.individualId(), id));
    }

    /** The person's imports started in the last days, newest first (not the previews). */
    public List<ImportJob> recent(Actor individual) {
        return db.read(individual, "imports.recent", dsl -> repository.recent(dsl, individual.individualId(), 10));
    }

    /**
     * The caller's job, locked when it is one they may still change (a preview, a given-up import),
     * as it is otherwise: row-level security lets an owner lock only those, so a job started
     * meanwhile (a second click, another tab) is read again and answered as it now stands.
     */
    private ImportJob lockIfChangeable(DSLContext tx, UUID owner, UUID id) {
        ImportJob job = repository.byId(tx, owner, id).orElseThrow(ImportJobs::notFound);
        if (job.state() != ImportJob.State.PROPOSED && job.state() != ImportJob.State.FAILED) {
            return job;
        }
        return repository.lockMine(tx, owner, id).or(() -> repository.byId(tx, owner, id)).orElseThrow(ImportJobs::notFound);
    }

    /** At erasure: every job goes (its parts were under the key being destroyed). */
    public void forget(DSLContext tx, UUID individualId) {
        repository.forget(tx, individualId);
    }

    /** The format of a job that brings another Hearth's export archive into a new account. */
    static final String ARCHIVE = "hearth";
    /** A part of an archive's records also stops at this many bytes of content and files. */
    private static final long ARCHIVE_PART_BYTES = 8L * 1024 * 1024;

    /**
     * A new account's records from another Hearth's export, already checked whole: more than one
     * part's worth (or files over {@link #ARCHIVE_PART_BYTES}) is queued, in the account's own
     * transaction, as a started import the worker carries on (its id); fewer are for the caller to
     * add at once (empty).
     */
    public Optional<UUID> queueArchive(DSLContext tx, UUID owner, List<org.hearth.datastore.records.ImportedRecord> archived) {
        List<List<org.hearth.datastore.records.ImportedRecord>> parts = new java.util.ArrayList<>();
        List<org.hearth.datastore.records.ImportedRecord> part = new java.util.ArrayList<>();
        long bytes = 0;
        for (var record : archived) {
            long size = record.versions().stream().mapToLong(v -> v.dataJson().length() + v.title().length()).sum()
                    + (record.attachment() == null ? 0 : record.attachment().length);
            if (!part.isEmpty() && (part.size() >= PART || bytes + size > ARCHIVE_PART_BYTES)) {
                parts.add(part);
                part = new java.util.ArrayList<>();
                bytes = 0;
            }
            part.add(record);
            bytes += size;
        }
        if (!part.isEmpty()) {
            parts.add(part);
        }
        if (parts.size() <= 1) {
            return Optional.empty();
        }
        UUID id = Ids.newId();
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.insert(tx, id, owner, ARCHIVE, archived.size(), parts.size(), now, now.plus(PROPOSAL_KEPT));
        var key = keys.open(tx, owner);
        for (int seq = 0; seq < parts.size(); seq++) {
            repository.insertPart(tx, id, owner, seq, Aead.encrypt(key, ImportPartJson.encodeArchive(parts.get(seq)), context(id, seq)));
        }
        repository.start(tx, id, now, now.plus(RUNNING_KEPT));
        return Optional.of(id);
    }

    /** Adds the job's next part inside {@code tx}, with its progress; returns how many records it added. */
    int addNext(DSLContext tx, ImportJob job, OffsetDateTime now) {
        byte[] sealed = repository.part(tx, job.id(), job.nextPart())
                .orElseThrow(() -> new IllegalStateException("import part " + job.nextPart() + " of " + job.id() + " is missing"));
        byte[] opened = Aead.decrypt(keys.open(tx, job.individualId()), sealed, context(job.id(), job.nextPart()));
        int added;
        if (ARCHIVE.equals(job.format())) {
            List<org.hearth.datastore.records.ImportedRecord> archived = ImportPartJson.decodeArchive(opened);
            archived.forEach(r -> records.importRecord(tx, job.individualId(), r));
            added = archived.size();
        } else {
            added = records.createImported(tx, job.individualId(), job.format(), ImportPartJson.decode(opened));
        }
        repository.partAdded(tx, job, added, now, now.plus(SUMMARY_KEPT));
        return added;
    }

    private static byte[] context(UUID jobId, int seq) {
        return ("hearth:import:" + jobId + ":" + seq).getBytes(StandardCharsets.UTF_8);
    }

    private static HearthException notFound() {
        return new HearthException(ErrorCode.NOT_FOUND, "You have no import with this id waiting.");
    }
}
