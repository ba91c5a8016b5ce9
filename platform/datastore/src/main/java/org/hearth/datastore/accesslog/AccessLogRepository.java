package org.hearth.datastore.accesslog;

import static org.hearth.schema.generated.datastore.Tables.ACCESS_LOG;
import static org.hearth.schema.generated.datastore.Tables.ACCESS_LOG_HEADS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.schema.generated.datastore.tables.records.AccessLogRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Each individual's hash-chained access log and its head (jOOQ only); every query names the individual. */
final class AccessLogRepository {

    /** The chain's last link: its sequence number and hash. */
    record Head(long seq, byte[] hash) {
    }

    /** An entry as stored, with the hash of the link before it. */
    record Link(AccessEntry entry, byte[] prevHash) {
    }

    /** The head, created at genesis if the individual has none yet, locked until the transaction ends. */
    Head lockHead(DSLContext tx, UUID individualId) {
        tx.insertInto(ACCESS_LOG_HEADS)
                .set(ACCESS_LOG_HEADS.INDIVIDUAL_ID, individualId)
                .set(ACCESS_LOG_HEADS.SEQ, 0L)
                .set(ACCESS_LOG_HEADS.HASH, ChainHash.GENESIS)
                .onConflictDoNothing()
                .execute();
        var head = tx.selectFrom(ACCESS_LOG_HEADS).where(ACCESS_LOG_HEADS.INDIVIDUAL_ID.eq(individualId)).forUpdate().fetchOne();
        return new Head(head.getSeq(), head.getHash());
    }

    Optional<Head> head(DSLContext dsl, UUID individualId) {
        return dsl.selectFrom(ACCESS_LOG_HEADS).where(ACCESS_LOG_HEADS.INDIVIDUAL_ID.eq(individualId))
                .fetchOptional(h -> new Head(h.getSeq(), h.getHash()));
    }

    /** Appends the links in one statement (a batch for several) and moves the head to the last. */
    void append(DSLContext tx, UUID individualId, List<Link> links) {
        List<AccessLogRecord> rows = new ArrayList<>(links.size());
        for (Link link : links) {
            AccessEntry e = link.entry();
            rows.add(new AccessLogRecord().setIndividualId(individualId).setSeq(e.seq()).setOccurredAt(e.occurredAt())
                    .setActorKind(e.actorKind()).setActorId(e.actorId()).setAction(e.action()).setAgreementId(e.agreementId())
                    .setRecordIds(e.recordIds().toArray(UUID[]::new)).setCategories(e.categories().toArray(String[]::new))
                    .setReason(e.reason()).setPrevHash(link.prevHash()).setHash(e.hash()));
        }
        if (rows.size() == 1) {
            tx.executeInsert(rows.getFirst());
        } else {
            tx.batchInsert(rows).execute();
        }
        AccessEntry last = links.getLast().entry();
        tx.update(ACCESS_LOG_HEADS).set(ACCESS_LOG_HEADS.SEQ, last.seq()).set(ACCESS_LOG_HEADS.HASH, last.hash())
                .where(ACCESS_LOG_HEADS.INDIVIDUAL_ID.eq(individualId)).execute();
    }

    /** Newest first, before {@code beforeSeq} when given; reasons as stored (sealed ones sealed). */
    List<AccessEntry> page(DSLContext dsl, UUID individualId, Long beforeSeq, int limit) {
        return dsl.selectFrom(ACCESS_LOG)
                .where(ACCESS_LOG.INDIVIDUAL_ID.eq(individualId))
                .and(beforeSeq == null ? DSL.noCondition() : ACCESS_LOG.SEQ.lt(beforeSeq))
                .orderBy(ACCESS_LOG.SEQ.desc())
                .limit(limit)
                .fetch(r -> toLink(r).entry());
    }

    /** The chain from its first link, up to {@code upToSeq} when given. */
    List<Link> chain(DSLContext dsl, UUID individualId, Long upToSeq) {
        return dsl.selectFrom(ACCESS_LOG)
                .where(ACCESS_LOG.INDIVIDUAL_ID.eq(individualId).and(upToSeq == null ? DSL.noCondition() : ACCESS_LOG.SEQ.le(upToSeq)))
                .orderBy(ACCESS_LOG.SEQ).fetch(AccessLogRepository::toLink);
    }

    private static Link toLink(AccessLogRecord r) {
        return new Link(new AccessEntry(r.getSeq(), r.getOccurredAt(), r.getActorKind(), r.getActorId(), r.getAction(), r.getAgreementId(),
                List.of(r.getRecordIds()), List.of(r.getCategories()), r.getReason(), r.getHash()), r.getPrevHash());
    }
}
