package org.hearth.datastore.accesslog;

import static org.hearth.schema.generated.datastore.Tables.ACCESS_LOG;
import static org.hearth.schema.generated.datastore.Tables.ACCESS_LOG_HEADS;

import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hearth.datastore.keys.DataKeys;
import org.hearth.kernel.crypto.LookupKey;
import org.hearth.kernel.db.Db;
import org.hearth.schema.generated.datastore.tables.records.AccessLogHeadsRecord;
import org.hearth.schema.generated.datastore.tables.records.AccessLogRecord;
import org.jooq.DSLContext;

/**
 * Appends to and reads each individual's access log. Appends run inside the caller's
 * transaction, so an access is on record if and only if it happened; the chain's head row is
 * locked for the append, which orders concurrent appends for one individual.
 */
public final class AccessLog {

    private final Db db;
    private final LookupKey chainKey;
    private final DataKeys keys;

    public AccessLog(Db db, LookupKey chainKey, DataKeys keys) {
        this.db = db;
        this.chainKey = chainKey;
        this.keys = keys;
    }

    public AccessEntry append(DSLContext tx, UUID individualId, AccessEntry.New access) {
        return appendAll(tx, individualId, List.of(access)).getFirst();
    }

    /**
     * Appends several entries to one individual's chain in the caller's transaction: the head is
     * locked and moved once, and the entries go to the database in one batch. Group commit uses
     * it so that a burst of reads of one store costs a few statements, not four per read.
     */
    public List<AccessEntry> appendAll(DSLContext tx, UUID individualId, List<AccessEntry.New> accesses) {
        tx.insertInto(ACCESS_LOG_HEADS)
                .set(ACCESS_LOG_HEADS.INDIVIDUAL_ID, individualId)
                .set(ACCESS_LOG_HEADS.SEQ, 0L)
                .set(ACCESS_LOG_HEADS.HASH, ChainHash.GENESIS)
                .onConflictDoNothing()
                .execute();
        AccessLogHeadsRecord head = tx.selectFrom(ACCESS_LOG_HEADS).where(ACCESS_LOG_HEADS.INDIVIDUAL_ID.eq(individualId)).forUpdate().fetchOne();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        long seq = head.getSeq();
        byte[] previous = head.getHash();
        List<AccessEntry> written = new java.util.ArrayList<>(accesses.size());
        List<AccessLogRecord> rows = new java.util.ArrayList<>(accesses.size());
        for (AccessEntry.New access : accesses) {
            seq++;
            String reason = SealedReason.applies(access.actorKind(), access.action())
                    ? SealedReason.seal(keys.open(tx, individualId), individualId, access.reason()) : access.reason();
            AccessEntry entry = new AccessEntry(seq, now, access.actorKind(), access.actorId(), access.action(),
                    access.agreementId(), access.recordIds(), access.categories(), reason, null);
            byte[] hash = ChainHash.of(chainKey, previous, individualId, entry);
            entry = entry.withHash(hash);
            AccessLogRecord row = new AccessLogRecord();
            row.setIndividualId(individualId);
            row.setSeq(entry.seq());
            row.setOccurredAt(now);
            row.setActorKind(entry.actorKind());
            row.setActorId(entry.actorId());
            row.setAction(entry.action());
            row.setAgreementId(entry.agreementId());
            row.setRecordIds(entry.recordIds().toArray(UUID[]::new));
            row.setCategories(entry.categories().toArray(String[]::new));
            row.setReason(entry.reason());
            row.setPrevHash(previous);
            row.setHash(hash);
            rows.add(row);
            written.add(entry.withReason(access.reason()));
            previous = hash;
        }
        if (rows.size() == 1) {
            tx.executeInsert(rows.getFirst());
        } else {
            tx.batchInsert(rows).execute();
        }
        tx.update(ACCESS_LOG_HEADS).set(ACCESS_LOG_HEADS.SEQ, seq).set(ACCESS_LOG_HEADS.HASH, previous)
                .where(ACCESS_LOG_HEADS.INDIVIDUAL_ID.eq(individualId)).execute();
        return written;
    }

    /** Newest first; {@code beforeSeq} pages back through older entries. */
    public List<AccessEntry> list(UUID individualId, Long beforeSeq, int limit) {
        return db.read("access_log.list", dsl -> dsl.selectFrom(ACCESS_LOG)
                .where(ACCESS_LOG.INDIVIDUAL_ID.eq(individualId))
                .and(beforeSeq == null ? org.jooq.impl.DSL.noCondition() : ACCESS_LOG.SEQ.lt(beforeSeq))
                .orderBy(ACCESS_LOG.SEQ.desc())
                .limit(limit)
                .fetch(r -> opened(dsl, r)));
    }

    public List<AccessEntry> all(DSLContext dsl, UUID individualId) {
        return dsl.selectFrom(ACCESS_LOG).where(ACCESS_LOG.INDIVIDUAL_ID.eq(individualId)).orderBy(ACCESS_LOG.SEQ).fetch(r -> opened(dsl, r));
    }

    /** The entry as its owner reads it: a sealed reason opened with the owner's data key. */
    private AccessEntry opened(DSLContext dsl, AccessLogRecord r) {
        AccessEntry stored = toEntry(r);
        return SealedReason.applies(r.getActorKind(), r.getAction())
                ? stored.withReason(SealedReason.open(keys.open(dsl, r.getIndividualId()), r.getIndividualId(), r.getReason())) : stored;
    }

    /** The outcome of re-computing the chain from its first link, with the head it reached. */
    public record Verification(boolean intact, long entries, Long firstBrokenSeq, long headSeq, byte[] headHash) {
    }

    public Verification verify(UUID individualId) {
        return db.read("access_log.verify", dsl -> {
            // The head first, then the entries up to it: an append committing in between is not a break.
            AccessLogHeadsRecord head = dsl.selectFrom(ACCESS_LOG_HEADS).where(ACCESS_LOG_HEADS.INDIVIDUAL_ID.eq(individualId)).fetchOne();
            long upTo = head == null ? 0 : head.getSeq();
            List<AccessLogRecord> rows = dsl.selectFrom(ACCESS_LOG)
                    .where(ACCESS_LOG.INDIVIDUAL_ID.eq(individualId).and(ACCESS_LOG.SEQ.le(upTo == 0 ? Long.MAX_VALUE : upTo)))
                    .orderBy(ACCESS_LOG.SEQ).fetch();
            byte[] previous = ChainHash.GENESIS;
            long expectedSeq = 1;
            for (AccessLogRecord row : rows) {
                byte[] recomputed = ChainHash.of(chainKey, previous, individualId, toEntry(row));
                boolean ok = row.getSeq() == expectedSeq && Arrays.equals(row.getPrevHash(), previous) && MessageDigest.isEqual(recomputed, row.getHash());
                if (!ok) {
                    return new Verification(false, rows.size(), row.getSeq(), upTo, head == null ? ChainHash.GENESIS : head.getHash());
                }
                previous = row.getHash();
                expectedSeq++;
            }
            boolean headMatches = head == null ? rows.isEmpty() : head.getSeq() == rows.size() && Arrays.equals(head.getHash(), previous);
            return new Verification(headMatches, rows.size(), headMatches ? null : (long) rows.size(), upTo,
                    head == null ? ChainHash.GENESIS : head.getHash());
        });
    }

    private static AccessEntry toEntry(AccessLogRecord r) {
        return new AccessEntry(r.getSeq(), r.getOccurredAt(), r.getActorKind(), r.getActorId(), r.getAction(), r.getAgreementId(),
                List.of(r.getRecordIds()), List.of(r.getCategories()), r.getReason(), r.getHash());
    }
}
