package org.hearth.datastore.cohorts;

import static org.hearth.schema.generated.datastore.Tables.PENDING_INCLUSIONS;
import static org.hearth.schema.generated.keys.Tables.DATA_KEYS;

import java.nio.ByteBuffer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.datastore.accesslog.AccessLog;
import org.hearth.schema.generated.datastore.Routines;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Pilot inclusions waiting to be appended to their participants' access logs (jOOQ only). A
 * participant list is packed as 32 bytes each: individual id, then agreement id.
 */
final class InclusionRepository {

    static final int BYTES_PER_PARTICIPANT = 32;

    /** What every entry of the inclusion says, and when the answer that used the data was computed. */
    record Entry(OffsetDateTime occurredAt, String actorKind, String actorId, String action, List<String> categories, String reason) {
    }

    /** The next slice of the oldest pending inclusion: its participants from {@code from}, and how many it has in all. */
    record Slice(long seq, Entry entry, int from, int total, List<AccessLog.Under> participants) {
    }

    void insert(DSLContext tx, Entry entry, List<AccessLog.Under> participants) {
        ByteBuffer packed = ByteBuffer.allocate(participants.size() * BYTES_PER_PARTICIPANT);
        for (AccessLog.Under p : participants) {
            packed.putLong(p.individualId().getMostSignificantBits()).putLong(p.individualId().getLeastSignificantBits())
                    .putLong(p.agreementId().getMostSignificantBits()).putLong(p.agreementId().getLeastSignificantBits());
        }
        tx.insertInto(PENDING_INCLUSIONS)
                .set(PENDING_INCLUSIONS.OCCURRED_AT, entry.occurredAt())
                .set(PENDING_INCLUSIONS.ACTOR_KIND, entry.actorKind())
                .set(PENDING_INCLUSIONS.ACTOR_ID, entry.actorId())
                .set(PENDING_INCLUSIONS.ACTION, entry.action())
                .set(PENDING_INCLUSIONS.CATEGORIES, entry.categories().toArray(String[]::new))
                .set(PENDING_INCLUSIONS.REASON, entry.reason())
                .set(PENDING_INCLUSIONS.PARTICIPANTS, packed.array())
                .execute();
    }

    boolean anyPending(DSLContext dsl) {
        return Boolean.TRUE.equals(Routines.inclusionsPending(dsl.configuration()));
    }

    /**
     * The oldest pending inclusion's next {@code size} participants, the row locked for this
     * transaction: inclusions are appended one after the other, in the order they were answered,
     * even with several workers (a second one waits, then finds the row moved or gone).
     */
    Optional<Slice> lockNext(DSLContext tx, int size) {
        // bytea's substring and length: only the slice's TOAST chunks are read (the column is stored uncompressed).
        var slice = DSL.field("substring({0} from {1} for {2})", SQLDataType.BLOB, PENDING_INCLUSIONS.PARTICIPANTS,
                PENDING_INCLUSIONS.EXPANDED.mul(DSL.inline(BYTES_PER_PARTICIPANT)).plus(DSL.inline(1)), DSL.inline(size * BYTES_PER_PARTICIPANT));
        var total = DSL.field("octet_length({0}) / {1}", SQLDataType.INTEGER, PENDING_INCLUSIONS.PARTICIPANTS, DSL.inline(BYTES_PER_PARTICIPANT));
        return tx.select(PENDING_INCLUSIONS.SEQ, PENDING_INCLUSIONS.OCCURRED_AT, PENDING_INCLUSIONS.ACTOR_KIND, PENDING_INCLUSIONS.ACTOR_ID,
                        PENDING_INCLUSIONS.ACTION, PENDING_INCLUSIONS.CATEGORIES, PENDING_INCLUSIONS.REASON, PENDING_INCLUSIONS.EXPANDED, total,
                        slice)
                .from(PENDING_INCLUSIONS)
                .orderBy(PENDING_INCLUSIONS.SEQ)
                .limit(1)
                .forUpdate()
                .fetchOptional(r -> new Slice(r.value1(), new Entry(r.value2(), r.value3(), r.value4(), r.value5(), List.of(r.value6()), r.value7()),
                        r.value8(), r.value9(), unpack(r.value10())));
    }

    private static List<AccessLog.Under> unpack(byte[] packed) {
        ByteBuffer in = ByteBuffer.wrap(packed);
        List<AccessLog.Under> out = new ArrayList<>(packed.length / BYTES_PER_PARTICIPANT);
        while (in.remaining() >= BYTES_PER_PARTICIPANT) {
            out.add(new AccessLog.Under(new UUID(in.getLong(), in.getLong()), new UUID(in.getLong(), in.getLong())));
        }
        return out;
    }

    /**
     * Of these individuals, those whose store still exists (their data key has not been
     * destroyed), each key row share-locked until the transaction ends: an erasure, whose first
     * step destroys the key, either went first (and its individual is left out here) or waits
     * until these entries are committed (and then erases them with the rest of the log).
     */
    Set<UUID> lockLiving(DSLContext tx, List<UUID> individuals) {
        return new HashSet<>(tx.select(DATA_KEYS.INDIVIDUAL_ID).from(DATA_KEYS)
                .where(DATA_KEYS.INDIVIDUAL_ID.eq(DSL.any(individuals.toArray(UUID[]::new))))
                .orderBy(DATA_KEYS.INDIVIDUAL_ID)
                .forShare()
                .fetch(DATA_KEYS.INDIVIDUAL_ID));
    }

    void advance(DSLContext tx, long seq, int expanded) {
        tx.update(PENDING_INCLUSIONS).set(PENDING_INCLUSIONS.EXPANDED, expanded).where(PENDING_INCLUSIONS.SEQ.eq(seq)).execute();
    }

    void done(DSLContext tx, long seq) {
        tx.deleteFrom(PENDING_INCLUSIONS).where(PENDING_INCLUSIONS.SEQ.eq(seq)).execute();
    }
}
