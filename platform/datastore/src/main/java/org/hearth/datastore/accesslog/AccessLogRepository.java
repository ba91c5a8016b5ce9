package org.hearth.datastore.accesslog;

import static org.hearth.schema.generated.datastore.Tables.ACCESS_LOG;
import static org.hearth.schema.generated.datastore.Tables.ACCESS_LOG_HEADS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.schema.generated.datastore.tables.records.AccessLogRecord;
import org.hearth.kernel.db.BulkCopy;
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

    /**
     * Every one of these heads (ids ascending), locked in id order; the missing ones are created at
     * genesis first (in a steady pilot every participant has a head already, so this is one
     * statement: a join on the ids and a lock).
     */
    java.util.Map<UUID, Head> lockHeads(DSLContext tx, UUID[] sortedIds) {
        java.util.Map<UUID, Head> heads = new java.util.HashMap<>(sortedIds.length * 2);
        lock(tx, sortedIds, heads);
        if (heads.size() < sortedIds.length) {
            UUID[] missing = java.util.Arrays.stream(sortedIds).filter(id -> !heads.containsKey(id)).toArray(UUID[]::new);
            Table<?> ids = DSL.unnest(missing).as("u", "individual_id");
            tx.insertInto(ACCESS_LOG_HEADS, ACCESS_LOG_HEADS.INDIVIDUAL_ID, ACCESS_LOG_HEADS.SEQ, ACCESS_LOG_HEADS.HASH)
                    .select(DSL.select(ids.field("individual_id", UUID.class), DSL.val(0L), DSL.val(ChainHash.GENESIS)).from(ids))
                    .onConflictDoNothing()
                    .execute();
            // Locked after the others, still in id order among themselves; a head another
            // transaction made meanwhile is locked here too, as it stands.
            lock(tx, missing, heads);
        }
        return heads;
    }

    private static void lock(DSLContext tx, UUID[] sortedIds, java.util.Map<UUID, Head> into) {
        Table<?> ids = DSL.unnest(sortedIds).as("u", "individual_id");
        tx.select(ACCESS_LOG_HEADS.INDIVIDUAL_ID, ACCESS_LOG_HEADS.SEQ, ACCESS_LOG_HEADS.HASH).from(ACCESS_LOG_HEADS)
                .join(ids).on(ACCESS_LOG_HEADS.INDIVIDUAL_ID.eq(ids.field("individual_id", UUID.class)))
                .orderBy(ACCESS_LOG_HEADS.INDIVIDUAL_ID)
                .forUpdate().of(ACCESS_LOG_HEADS)
                .fetchSize(10_000)
                .forEach(r -> into.put(r.value1(), new Head(r.value2(), r.value3())));
    }

    private static final Table<?> LINKS = DSL.table(DSL.name("bulk_access_links"));
    private static final Field<UUID> LINK_INDIVIDUAL = DSL.field(DSL.name("bulk_access_links", "individual_id"), SQLDataType.UUID);
    private static final Field<Long> LINK_SEQ = DSL.field(DSL.name("bulk_access_links", "seq"), SQLDataType.BIGINT);
    private static final Field<UUID> LINK_AGREEMENT = DSL.field(DSL.name("bulk_access_links", "agreement_id"), SQLDataType.UUID);
    private static final Field<byte[]> LINK_PREV = DSL.field(DSL.name("bulk_access_links", "prev_hash"), SQLDataType.BLOB);
    private static final Field<byte[]> LINK_HASH = DSL.field(DSL.name("bulk_access_links", "hash"), SQLDataType.BLOB);

    /**
     * One link for each individual (ids[i] gets links[i]): the per-individual columns are copied
     * (COPY, not bound values) into a temporary table dropped at commit, then appended to the log
     * and moved into the heads by two set-wise statements. The links differ only in individual,
     * sequence, agreement and hashes (AccessLog.appendToEach); the other columns are the first's.
     */
    void appendToEach(DSLContext tx, UUID[] ids, Link[] links) {
        List<Field<?>> columns = List.of(LINK_INDIVIDUAL, LINK_SEQ, LINK_AGREEMENT, LINK_PREV, LINK_HASH).stream()
                .<Field<?>>map(f -> DSL.field(f.getUnqualifiedName(), f.getDataType())).toList();
        tx.createTemporaryTable(LINKS).columns(columns).onCommitDrop().execute();
        BulkCopy.into(tx, LINKS, columns, (i, row) -> {
            if (i >= ids.length) {
                return false;
            }
            AccessEntry e = links[i].entry();
            row[0] = ids[i];
            row[1] = e.seq();
            row[2] = e.agreementId();
            row[3] = links[i].prevHash();
            row[4] = e.hash();
            return true;
        });
        AccessEntry first = links[0].entry();
        tx.insertInto(ACCESS_LOG, ACCESS_LOG.INDIVIDUAL_ID, ACCESS_LOG.SEQ, ACCESS_LOG.OCCURRED_AT, ACCESS_LOG.ACTOR_KIND, ACCESS_LOG.ACTOR_ID,
                        ACCESS_LOG.ACTION, ACCESS_LOG.AGREEMENT_ID, ACCESS_LOG.RECORD_IDS, ACCESS_LOG.CATEGORIES, ACCESS_LOG.REASON,
                        ACCESS_LOG.PREV_HASH, ACCESS_LOG.HASH)
                .select(DSL.select(LINK_INDIVIDUAL, LINK_SEQ, DSL.val(first.occurredAt()), DSL.val(first.actorKind()), DSL.val(first.actorId()),
                        DSL.val(first.action()), LINK_AGREEMENT, DSL.val(first.recordIds().toArray(UUID[]::new)),
                        DSL.val(first.categories().toArray(String[]::new)), DSL.val(first.reason()), LINK_PREV, LINK_HASH)
                        .from(LINKS))
                .execute();
        tx.update(ACCESS_LOG_HEADS).set(ACCESS_LOG_HEADS.SEQ, LINK_SEQ).set(ACCESS_LOG_HEADS.HASH, LINK_HASH).from(LINKS)
                .where(ACCESS_LOG_HEADS.INDIVIDUAL_ID.eq(LINK_INDIVIDUAL))
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
