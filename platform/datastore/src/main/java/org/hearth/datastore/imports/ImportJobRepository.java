package org.hearth.datastore.imports;

import static org.hearth.schema.generated.datastore.Tables.IMPORT_JOBS;
import static org.hearth.schema.generated.datastore.Tables.IMPORT_PARTS;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hearth.schema.generated.datastore.Routines;
import org.hearth.schema.generated.datastore.tables.records.ImportJobsRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** {@code datastore.import_jobs} and their sealed parts. */
final class ImportJobRepository {

    void insert(DSLContext tx, UUID id, UUID individualId, String format, int total, int parts, OffsetDateTime now, OffsetDateTime expires) {
        tx.insertInto(IMPORT_JOBS).set(IMPORT_JOBS.ID, id).set(IMPORT_JOBS.INDIVIDUAL_ID, individualId).set(IMPORT_JOBS.FORMAT, format)
                .set(IMPORT_JOBS.TOTAL, total).set(IMPORT_JOBS.PARTS, parts).set(IMPORT_JOBS.REQUESTED_AT, now).set(IMPORT_JOBS.EXPIRES_AT, expires)
                .execute();
    }

    void insertPart(DSLContext tx, UUID jobId, UUID individualId, int seq, byte[] sealed) {
        tx.insertInto(IMPORT_PARTS).set(IMPORT_PARTS.JOB_ID, jobId).set(IMPORT_PARTS.INDIVIDUAL_ID, individualId).set(IMPORT_PARTS.SEQ, seq)
                .set(IMPORT_PARTS.PART_CT, sealed).execute();
    }

    /** A person previews one file at a time: a new preview replaces the ones not confirmed. */
    void deleteProposed(DSLContext tx, UUID individualId) {
        tx.deleteFrom(IMPORT_JOBS).where(IMPORT_JOBS.INDIVIDUAL_ID.eq(individualId)).and(IMPORT_JOBS.STATUS.eq("proposed")).execute();
    }

    Optional<ImportJob> byId(DSLContext dsl, UUID individualId, UUID id) {
        return dsl.selectFrom(IMPORT_JOBS).where(IMPORT_JOBS.ID.eq(id)).and(IMPORT_JOBS.INDIVIDUAL_ID.eq(individualId))
                .fetchOptional(ImportJobRepository::job);
    }

    /**
     * The caller's job, locked until their transaction ends (starting it twice at once starts it
     * once); row-level security lets an owner lock only a preview or a given-up job.
     */
    Optional<ImportJob> lockMine(DSLContext tx, UUID individualId, UUID id) {
        return tx.selectFrom(IMPORT_JOBS).where(IMPORT_JOBS.ID.eq(id)).and(IMPORT_JOBS.INDIVIDUAL_ID.eq(individualId)).forUpdate()
                .fetchOptional(ImportJobRepository::job);
    }

    List<ImportJob> recent(DSLContext dsl, UUID individualId, int limit) {
        return dsl.selectFrom(IMPORT_JOBS).where(IMPORT_JOBS.INDIVIDUAL_ID.eq(individualId)).and(IMPORT_JOBS.STATUS.ne("proposed"))
                .orderBy(IMPORT_JOBS.REQUESTED_AT.desc(), IMPORT_JOBS.ID).limit(limit).fetch(ImportJobRepository::job);
    }

    void start(DSLContext tx, UUID id, OffsetDateTime now, OffsetDateTime expires) {
        tx.update(IMPORT_JOBS).set(IMPORT_JOBS.STATUS, "importing").set(IMPORT_JOBS.STARTED_AT, now).set(IMPORT_JOBS.NEXT_ATTEMPT_AT, now)
                .set(IMPORT_JOBS.EXPIRES_AT, expires).where(IMPORT_JOBS.ID.eq(id)).execute();
    }

    boolean anyWork(DSLContext dsl) {
        return Boolean.TRUE.equals(dsl.select(Routines.importWorkDue()).fetchOne(0, Boolean.class));
    }

    /** The oldest started job that no other worker holds, locked until its part commits. */
    Optional<ImportJob> lockNext(DSLContext tx) {
        return tx.selectFrom(IMPORT_JOBS).where(IMPORT_JOBS.STATUS.eq("importing")).and(IMPORT_JOBS.NEXT_ATTEMPT_AT.le(DSL.currentOffsetDateTime()))
                .orderBy(IMPORT_JOBS.NEXT_ATTEMPT_AT, IMPORT_JOBS.REQUESTED_AT).limit(1).forUpdate().skipLocked().fetchOptional(ImportJobRepository::job);
    }

    Optional<byte[]> part(DSLContext dsl, UUID jobId, int seq) {
        return dsl.select(IMPORT_PARTS.PART_CT).from(IMPORT_PARTS).where(IMPORT_PARTS.JOB_ID.eq(jobId)).and(IMPORT_PARTS.SEQ.eq(seq))
                .fetchOptional(IMPORT_PARTS.PART_CT);
    }

    /** One part added: it goes, and the job's progress moves, in the same transaction. */
    void partAdded(DSLContext tx, ImportJob job, int count, OffsetDateTime now, OffsetDateTime expiresWhenDone) {
        tx.deleteFrom(IMPORT_PARTS).where(IMPORT_PARTS.JOB_ID.eq(job.id())).and(IMPORT_PARTS.SEQ.eq(job.nextPart())).execute();
        var update = tx.update(IMPORT_JOBS).set(IMPORT_JOBS.NEXT_PART, job.nextPart() + 1).set(IMPORT_JOBS.DONE, job.done() + count)
                .set(IMPORT_JOBS.ATTEMPTS, 0);
        (job.lastPart() ? update.set(IMPORT_JOBS.STATUS, "done").set(IMPORT_JOBS.FINISHED_AT, now).set(IMPORT_JOBS.EXPIRES_AT, expiresWhenDone) : update)
                .where(IMPORT_JOBS.ID.eq(job.id())).execute();
    }

    /**
     * A part that failed: tried again at {@code next}, or the job given up; its remaining parts stay
     * (until the summary's week is over), so the person can try again from where it stopped.
     */
    void failed(DSLContext tx, UUID id, OffsetDateTime next, boolean giveUp, OffsetDateTime now, OffsetDateTime expires) {
        var update = tx.update(IMPORT_JOBS).set(IMPORT_JOBS.ATTEMPTS, IMPORT_JOBS.ATTEMPTS.plus(1)).set(IMPORT_JOBS.NEXT_ATTEMPT_AT, next);
        (giveUp ? update.set(IMPORT_JOBS.STATUS, "failed").set(IMPORT_JOBS.FINISHED_AT, now).set(IMPORT_JOBS.EXPIRES_AT, expires) : update)
                .where(IMPORT_JOBS.ID.eq(id)).and(IMPORT_JOBS.STATUS.eq("importing")).execute();
    }

    /** The person tries a given-up job again: it goes on from its next part. */
    void retry(DSLContext tx, UUID id, OffsetDateTime now, OffsetDateTime expires) {
        tx.update(IMPORT_JOBS).set(IMPORT_JOBS.STATUS, "importing").set(IMPORT_JOBS.ATTEMPTS, 0).set(IMPORT_JOBS.NEXT_ATTEMPT_AT, now)
                .setNull(IMPORT_JOBS.FINISHED_AT).set(IMPORT_JOBS.EXPIRES_AT, expires).where(IMPORT_JOBS.ID.eq(id)).and(IMPORT_JOBS.STATUS.eq("failed")).execute();
    }

    int deleteExpired(DSLContext tx, OffsetDateTime now) {
        return tx.deleteFrom(IMPORT_JOBS).where(IMPORT_JOBS.EXPIRES_AT.lt(now)).and(IMPORT_JOBS.STATUS.ne("importing")).execute();
    }

    void forget(DSLContext tx, UUID individualId) {
        tx.deleteFrom(IMPORT_JOBS).where(IMPORT_JOBS.INDIVIDUAL_ID.eq(individualId)).execute();
    }

    private static ImportJob job(ImportJobsRecord r) {
        return new ImportJob(r.getId(), r.getIndividualId(), r.getFormat(), ImportJob.State.valueOf(r.getStatus().toUpperCase(Locale.ROOT)),
                r.getTotal(), r.getDone(), r.getParts(), r.getNextPart(), r.getAttempts(), r.getRequestedAt(), r.getFinishedAt(), r.getExpiresAt());
    }
}
