package org.hearth.datastore.accesslog;

import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hearth.datastore.keys.DataKeys;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.crypto.LookupKey;
import org.hearth.kernel.db.Db;
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
    private final AccessLogRepository repository = new AccessLogRepository();

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
        AccessLogRepository.Head head = repository.lockHead(tx, individualId);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        long seq = head.seq();
        byte[] previous = head.hash();
        List<AccessEntry> written = new ArrayList<>(accesses.size());
        List<AccessLogRepository.Link> links = new ArrayList<>(accesses.size());
        for (AccessEntry.New access : accesses) {
            seq++;
            String reason = SealedReason.applies(access.actorKind(), access.action())
                    ? SealedReason.seal(keys.open(tx, individualId), individualId, access.reason()) : access.reason();
            AccessEntry entry = new AccessEntry(seq, now, access.actorKind(), access.actorId(), access.action(),
                    access.agreementId(), access.recordIds(), access.categories(), reason, null);
            entry = entry.withHash(ChainHash.of(chainKey, previous, individualId, entry));
            links.add(new AccessLogRepository.Link(entry, previous));
            written.add(entry.withReason(access.reason()));
            previous = entry.hash();
        }
        repository.append(tx, individualId, links);
        return written;
    }

    /** Whose log a bulk entry goes to, and under which of their agreements. */
    public record Under(UUID individualId, UUID agreementId) {
    }

    /**
     * Appends the same entry, each under the individual's own agreement, to each of many
     * individuals' chains (a pilot's question: every participant whose data was used) in the
     * caller's transaction, in a handful of statements whatever their number: the heads are
     * created where missing and locked in individual id order (the order group commit locks them
     * in, so the two cannot deadlock), each link is hashed onto its chain's head exactly as
     * {@link #appendAll} would, and the links and the moved heads are written set-wise. Each
     * individual at most once; {@code entry}'s agreement id is replaced by each one's. No sealed
     * reasons (operators' emergency accesses go one by one through {@link #append}).
     */
    public int appendToEach(DSLContext tx, AccessEntry.New entry, List<Under> who) {
        return appendToEach(tx, entry, who, OffsetDateTime.now(ZoneOffset.UTC));
    }

    /**
     * As {@link #appendToEach(DSLContext, AccessEntry.New, List)}, stamped with when the access
     * happened rather than now: a pilot's inclusions are appended just after the answer that used
     * the data, and say when that answer was computed.
     */
    public int appendToEach(DSLContext tx, AccessEntry.New entry, List<Under> who, OffsetDateTime occurredAt) {
        if (SealedReason.applies(entry.actorKind(), entry.action())) {
            throw new IllegalArgumentException("sealed reasons are appended one by one");
        }
        if (who.isEmpty()) {
            return 0;
        }
        List<Under> ordered = who.stream().sorted(java.util.Comparator.comparing(Under::individualId)).toList();
        UUID[] ids = new UUID[ordered.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = ordered.get(i).individualId();
            if (i > 0 && ids[i].equals(ids[i - 1])) {
                throw new IllegalArgumentException("one entry per individual in a bulk append");
            }
        }
        java.util.Map<UUID, AccessLogRepository.Head> heads = repository.lockHeads(tx, ids);
        OffsetDateTime now = occurredAt.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        AccessLogRepository.Link[] links = new AccessLogRepository.Link[ids.length];
        // Each chain is independent of the others: the HMACs are computed in parallel.
        java.util.stream.IntStream.range(0, ids.length).parallel().forEach(i -> {
            AccessLogRepository.Head head = heads.get(ids[i]);
            AccessEntry link = new AccessEntry(head.seq() + 1, now, entry.actorKind(), entry.actorId(), entry.action(),
                    ordered.get(i).agreementId(), entry.recordIds(), entry.categories(), entry.reason(), null);
            links[i] = new AccessLogRepository.Link(link.withHash(ChainHash.of(chainKey, head.hash(), ids[i], link)), head.hash());
        });
        repository.appendToEach(tx, ids, links);
        return ids.length;
    }

    /** The individual's own log, newest first; {@code beforeSeq} pages back through older entries. */
    public List<AccessEntry> list(Actor individual, Long beforeSeq, int limit) {
        UUID owner = individual.individualId();
        return db.read("access_log.list", dsl -> repository.page(dsl, owner, beforeSeq, limit).stream().map(e -> opened(dsl, owner, e)).toList());
    }

    /** Every entry, oldest first, inside the caller's transaction (the export). */
    public List<AccessEntry> all(DSLContext dsl, UUID individualId) {
        return repository.chain(dsl, individualId, null).stream().map(link -> opened(dsl, individualId, link.entry())).toList();
    }

    /** The entry as its owner reads it: a sealed reason opened with the owner's data key. */
    private AccessEntry opened(DSLContext dsl, UUID owner, AccessEntry stored) {
        return SealedReason.applies(stored.actorKind(), stored.action())
                ? stored.withReason(SealedReason.open(keys.open(dsl, owner), owner, stored.reason())) : stored;
    }

    /** The outcome of re-computing the chain from its first link, with the head it reached. */
    public record Verification(boolean intact, long entries, Long firstBrokenSeq, long headSeq, byte[] headHash) {
    }

    public Verification verify(Actor individual) {
        UUID individualId = individual.individualId();
        return db.read("access_log.verify", dsl -> {
            // The head first, then the entries up to it: an append committing in between is not a break.
            var head = repository.head(dsl, individualId);
            long upTo = head.map(AccessLogRepository.Head::seq).orElse(0L);
            byte[] headHash = head.map(AccessLogRepository.Head::hash).orElse(ChainHash.GENESIS);
            List<AccessLogRepository.Link> rows = repository.chain(dsl, individualId, upTo == 0 ? null : upTo);
            byte[] previous = ChainHash.GENESIS;
            long expectedSeq = 1;
            for (AccessLogRepository.Link row : rows) {
                AccessEntry entry = row.entry();
                byte[] recomputed = ChainHash.of(chainKey, previous, individualId, entry);
                boolean ok = entry.seq() == expectedSeq && Arrays.equals(row.prevHash(), previous) && MessageDigest.isEqual(recomputed, entry.hash());
                if (!ok) {
                    return new Verification(false, rows.size(), entry.seq(), upTo, headHash);
                }
                previous = entry.hash();
                expectedSeq++;
            }
            boolean headMatches = head.isEmpty() ? rows.isEmpty() : upTo == rows.size() && Arrays.equals(headHash, previous);
            return new Verification(headMatches, rows.size(), headMatches ? null : (long) rows.size(), upTo, headHash);
        });
    }
}
