package org.hearth.datastore.portability;

import static org.hearth.schema.generated.datastore.Tables.EXPORT_JOBS;
import static org.hearth.schema.generated.datastore.Tables.EXPORT_PARTS;
import static org.hearth.schema.generated.datastore.Tables.RECORDS;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.schema.generated.datastore.Routines;
import org.hearth.schema.generated.datastore.tables.records.ExportJobsRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** {@code datastore.export_jobs} and their sealed parts. */
final class ExportJobRepository {

    Optional<ExportJob> latest(DSLContext dsl, UUID individualId) {
        return dsl.selectFrom(EXPORT_JOBS).where(EXPORT_JOBS.INDIVIDUAL_ID.eq(individualId))
                .orderBy(EXPORT_JOBS.REQUESTED_AT.desc(), EXPORT_JOBS.ID).limit(1).fetchOptional(ExportJobRepository::job);
    }

    Optional<ExportJob> byId(DSLContext dsl, UUID individualId, UUID id) {
        return dsl.selectFrom(EXPORT_JOBS).where(EXPORT_JOBS.ID.eq(id)).and(EXPORT_JOBS.INDIVIDUAL_ID.eq(individualId))
                .fetchOptional(ExportJobRepository::job);
    }

    int countRecords(DSLContext dsl, UUID individualId) {
        return dsl.fetchCount(RECORDS, RECORDS.INDIVIDUAL_ID.eq(individualId));
    }

    /** Starts a job; false when one is already being prepared (the unique partial index decides, even for two requests at once). */
    boolean insert(DSLContext tx, UUID id, UUID individualId, int total, OffsetDateTime now, OffsetDateTime expires) {
        return tx.insertInto(EXPORT_JOBS).set(EXPORT_JOBS.ID, id).set(EXPORT_JOBS.INDIVIDUAL_ID, individualId).set(EXPORT_JOBS.TOTAL, total)
                .set(EXPORT_JOBS.REQUESTED_AT, now).set(EXPORT_JOBS.EXPIRES_AT, expires)
                .onConflictDoNothing().execute() == 1;
    }

    boolean anyWork(DSLContext dsl) {
        return Boolean.TRUE.equals(dsl.select(Routines.exportWorkDue()).fetchOne(0, Boolean.class));
    }

    /** The oldest job being prepared that no other worker holds, locked until the batch commits. */
    Optional<ExportJob> lockNext(DSLContext tx) {
        return tx.selectFrom(EXPORT_JOBS).where(EXPORT_JOBS.STATUS.eq("preparing")).and(EXPORT_JOBS.NEXT_ATTEMPT_AT.le(DSL.currentOffsetDateTime()))
                .orderBy(EXPORT_JOBS.NEXT_ATTEMPT_AT, EXPORT_JOBS.REQUESTED_AT).limit(1).forUpdate().skipLocked().fetchOptional(ExportJobRepository::job);
    }

    /** One batch committed: its sealed part and the job's cursor move together. */
    void addPart(DSLContext tx, ExportJob job, byte[] sealed, UUID cursor, int count) {
        tx.insertInto(EXPORT_PARTS).set(EXPORT_PARTS.JOB_ID, job.id()).set(EXPORT_PARTS.INDIVIDUAL_ID, job.individualId())
                .set(EXPORT_PARTS.SEQ, job.parts()).set(EXPORT_PARTS.PART_CT, sealed).execute();
        tx.update(EXPORT_JOBS).set(EXPORT_JOBS.PARTS, job.parts() + 1).set(EXPORT_JOBS.DONE, job.done() + count).set(EXPORT_JOBS.CURSOR_ID, cursor)
                .where(EXPORT_JOBS.ID.eq(job.id())).execute();
    }

    void markReady(DSLContext tx, UUID id, OffsetDateTime now, OffsetDateTime expires) {
        tx.update(EXPORT_JOBS).set(EXPORT_JOBS.STATUS, "ready").set(EXPORT_JOBS.READY_AT, now).set(EXPORT_JOBS.EXPIRES_AT, expires)
                .where(EXPORT_JOBS.ID.eq(id)).execute();
    }

    /** A batch that failed: tried again at {@code next}, or the job given up. */
    void failed(DSLContext tx, UUID id, OffsetDateTime next, boolean giveUp) {
        var update = tx.update(EXPORT_JOBS).set(EXPORT_JOBS.ATTEMPTS, EXPORT_JOBS.ATTEMPTS.plus(1)).set(EXPORT_JOBS.NEXT_ATTEMPT_AT, next);
        (giveUp ? update.set(EXPORT_JOBS.STATUS, "failed") : update).where(EXPORT_JOBS.ID.eq(id)).and(EXPORT_JOBS.STATUS.eq("preparing")).execute();
        if (giveUp) {
            tx.deleteFrom(EXPORT_PARTS).where(EXPORT_PARTS.JOB_ID.eq(id)).execute();
        }
    }

    int deleteExpired(DSLContext tx, OffsetDateTime now) {
        return tx.deleteFrom(EXPORT_JOBS).where(EXPORT_JOBS.EXPIRES_AT.lt(now)).execute();
    }

    List<byte[]> parts(DSLContext dsl, UUID jobId) {
        return dsl.select(EXPORT_PARTS.PART_CT).from(EXPORT_PARTS).where(EXPORT_PARTS.JOB_ID.eq(jobId)).orderBy(EXPORT_PARTS.SEQ).fetch(EXPORT_PARTS.PART_CT);
    }

    void forget(DSLContext tx, UUID individualId) {
        tx.deleteFrom(EXPORT_JOBS).where(EXPORT_JOBS.INDIVIDUAL_ID.eq(individualId)).execute();
    }

    private static ExportJob job(ExportJobsRecord r) {
        return new ExportJob(r.getId(), r.getIndividualId(), ExportJob.State.valueOf(r.getStatus().toUpperCase(java.util.Locale.ROOT)), r.getTotal(),
                r.getDone(), r.getCursorId(), r.getParts(), r.getAttempts(), r.getRequestedAt(), r.getReadyAt(), r.getExpiresAt());
    }
}
