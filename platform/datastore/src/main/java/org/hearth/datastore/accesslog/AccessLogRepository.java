package org.hearth.datastore.accesslog;

import static org.hearth.schema.generated.datastore.Tables.ACCESS_LOG;
import static org.hearth.schema.generated.datastore.Tables.ACCESS_LOG_HEADS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.schema.generated.datastore.tables.records.AccessLogRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

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

    /** Every one of these heads (ids ascending), created at genesis where missing, locked in id order. */
    java.util.Map<UUID, Head> lockHeads(DSLContext tx, UUID[] sortedIds) {
        Table<?> ids = DSL.unnest(sortedIds).as("u", "individual_id");
        Field<UUID> id = ids.field("individual_id", UUID.class);
        tx.insertInto(ACCESS_LOG_HEADS, ACCESS_LOG_HEADS.INDIVIDUAL_ID, ACCESS_LOG_HEADS.SEQ, ACCESS_LOG_HEADS.HASH)
                .select(DSL.select(id, DSL.val(0L), DSL.val(ChainHash.GENESIS)).from(ids))
                .onConflictDoNothing()
                .execute();
        java.util.Map<UUID, Head> heads = new java.util.HashMap<>(sortedIds.length * 2);
        tx.select(ACCESS_LOG_HEADS.INDIVIDUAL_ID, ACCESS_LOG_HEADS.SEQ, ACCESS_LOG_HEADS.HASH).from(ACCESS_LOG_HEADS)
                .join(ids).on(ACCESS_LOG_HEADS.INDIVIDUAL_ID.eq(id))
                .orderBy(ACCESS_LOG_HEADS.INDIVIDUAL_ID)
                .forUpdate().of(ACCESS_LOG_HEADS)
                .fetchSize(10_000)
                .forEach(r -> heads.put(r.value1(), new Head(r.value2(), r.value3())));
        return heads;
    }

    /**
     * One link for each individual (ids[i] gets links[i]), in one statement that unnests arrays of
     * the per-individual columns (the others are the same for every link), and the heads moved in
     * one more: a bulk append is four statements for a hundred thousand individuals. The links
     * differ only in individual, sequence, agreement and hashes (AccessLog.appendToEach).
     */
    void appendToEach(DSLContext tx, UUID[] ids, Link[] links) {
        Long[] seqs = new Long[ids.length];
        UUID[] agreements = new UUID[ids.length];
        byte[][] previous = new byte[ids.length][];
        byte[][] hashes = new byte[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            seqs[i] = links[i].entry().seq();
            agreements[i] = links[i].entry().agreementId();
            previous[i] = links[i].prevHash();
            hashes[i] = links[i].entry().hash();
        }
        AccessEntry first = links[0].entry();
        Table<?> u = DSL.table("unnest({0}, {1}, {2}, {3}, {4})", DSL.val(ids), DSL.val(seqs), DSL.val(agreements),
                DSL.val(previous, SQLDataType.BLOB.array()), DSL.val(hashes, SQLDataType.BLOB.array()))
                .as("u", "individual_id", "seq", "agreement_id", "prev_hash", "hash");
        // A plain-SQL table's columns are unknown to jOOQ: they are named, not looked up.
        Field<UUID> id = DSL.field(DSL.name("u", "individual_id"), UUID.class);
        Field<Long> seq = DSL.field(DSL.name("u", "seq"), Long.class);
        Field<byte[]> hash = DSL.field(DSL.name("u", "hash"), byte[].class);
        tx.insertInto(ACCESS_LOG, ACCESS_LOG.INDIVIDUAL_ID, ACCESS_LOG.SEQ, ACCESS_LOG.OCCURRED_AT, ACCESS_LOG.ACTOR_KIND, ACCESS_LOG.ACTOR_ID,
                        ACCESS_LOG.ACTION, ACCESS_LOG.AGREEMENT_ID, ACCESS_LOG.RECORD_IDS, ACCESS_LOG.CATEGORIES, ACCESS_LOG.REASON,
                        ACCESS_LOG.PREV_HASH, ACCESS_LOG.HASH)
                .select(DSL.select(id, seq, DSL.val(first.occurredAt()), DSL.val(first.actorKind()), DSL.val(first.actorId()),
                        DSL.val(first.action()), DSL.field(DSL.name("u", "agreement_id"), UUID.class), DSL.val(first.recordIds().toArray(UUID[]::new)),
                        DSL.val(first.categories().toArray(String[]::new)), DSL.val(first.reason()), DSL.field(DSL.name("u", "prev_hash"), byte[].class), hash)
                        .from(u))
                .execute();
        tx.update(ACCESS_LOG_HEADS).set(ACCESS_LOG_HEADS.SEQ, seq).set(ACCESS_LOG_HEADS.HASH, hash).from(u)
                .where(ACCESS_LOG_HEADS.INDIVIDUAL_ID.eq(id))
                .execute();
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
