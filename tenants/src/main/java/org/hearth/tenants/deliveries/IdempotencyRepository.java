package org.hearth.tenants.deliveries;

import static org.hearth.schema.generated.tenants.Tables.IDEMPOTENCY_KEYS;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.Tenancy;
import org.hearth.schema.generated.tenants.Routines;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

/**
 * Each (tenant, Idempotency-Key)'s first outcome, saved in the same commit as the work it
 * describes (a concurrent first use of the same key is told as {@link KeyTaken}). Holds no personal data: hashes of the key and of the request, the status, and which
 * record of which individual it made. Entries older than {@code notBefore} are expired: ignored,
 * replaced by a new use of their key, and swept.
 */
final class IdempotencyRepository {

    record Entry(byte[] requestDigest, int status, UUID recordId, UUID individualId) {
    }

    /** A concurrent use of the same key saved its entry first; the transaction that met it must end. */
    static final class KeyTaken extends RuntimeException {
        KeyTaken(Throwable cause) {
            super("The Idempotency-Key was used concurrently", cause, false, false);
        }
    }

    Optional<Entry> find(DSLContext dsl, TenantScope scope, byte[] keyHash, OffsetDateTime notBefore) {
        return dsl.select(IDEMPOTENCY_KEYS.REQUEST_DIGEST, IDEMPOTENCY_KEYS.STATUS, IDEMPOTENCY_KEYS.RECORD_ID, IDEMPOTENCY_KEYS.INDIVIDUAL_ID)
                .from(IDEMPOTENCY_KEYS)
                .where(Tenancy.owned(IDEMPOTENCY_KEYS, scope).and(IDEMPOTENCY_KEYS.KEY_HASH.eq(keyHash))
                        .and(IDEMPOTENCY_KEYS.CREATED_AT.ge(notBefore)))
                .fetchOptional(r -> new Entry(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Saves the entry, replacing an expired one with the same key that the sweep has not reached yet. */
    void save(DSLContext tx, TenantScope scope, byte[] keyHash, String operation, Entry entry, OffsetDateTime notBefore) {
        tx.deleteFrom(IDEMPOTENCY_KEYS).where(Tenancy.owned(IDEMPOTENCY_KEYS, scope).and(IDEMPOTENCY_KEYS.KEY_HASH.eq(keyHash))
                .and(IDEMPOTENCY_KEYS.CREATED_AT.lt(notBefore))).execute();
        try {
            tx.insertInto(IDEMPOTENCY_KEYS)
                    .set(IDEMPOTENCY_KEYS.TENANT_ID, scope.tenantId())
                    .set(IDEMPOTENCY_KEYS.KEY_HASH, keyHash)
                    .set(IDEMPOTENCY_KEYS.OPERATION, operation)
                    .set(IDEMPOTENCY_KEYS.REQUEST_DIGEST, entry.requestDigest())
                    .set(IDEMPOTENCY_KEYS.STATUS, entry.status())
                    .set(IDEMPOTENCY_KEYS.RECORD_ID, entry.recordId())
                    .set(IDEMPOTENCY_KEYS.INDIVIDUAL_ID, entry.individualId())
                    .execute();
        } catch (IntegrityConstraintViolationException raced) {
            throw new KeyTaken(raced);
        }
    }

    /** Whether any tenant has an expired entry: a yes or no past row-level security (a SECURITY DEFINER function). */
    boolean anyExpired(DSLContext dsl, OffsetDateTime notBefore) {
        return Boolean.TRUE.equals(dsl.select(Routines.idempotencyExpired(notBefore)).fetchOne(0, Boolean.class));
    }

    /** Deletes up to {@code limit} expired entries of every tenant (system scope: the sweep); returns how many. */
    int deleteExpired(DSLContext tx, OffsetDateTime notBefore, int limit) {
        return tx.deleteFrom(IDEMPOTENCY_KEYS)
                .where(DSL.row(IDEMPOTENCY_KEYS.TENANT_ID, IDEMPOTENCY_KEYS.KEY_HASH).in(
                        DSL.select(IDEMPOTENCY_KEYS.TENANT_ID, IDEMPOTENCY_KEYS.KEY_HASH).from(IDEMPOTENCY_KEYS)
                                .where(IDEMPOTENCY_KEYS.CREATED_AT.lt(notBefore)).limit(limit)))
                .execute();
    }

    /**
     * Deletes every entry that points into this individual's store, of every tenant: in the
     * individual's erasure transaction, where row-level security shows the entries about them.
     */
    int deleteForIndividual(DSLContext tx, UUID individualId) {
        return tx.deleteFrom(IDEMPOTENCY_KEYS).where(IDEMPOTENCY_KEYS.INDIVIDUAL_ID.eq(individualId)).execute();
    }
}
