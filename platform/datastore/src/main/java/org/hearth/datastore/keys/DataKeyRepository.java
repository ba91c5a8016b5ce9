package org.hearth.datastore.keys;

import static org.hearth.schema.generated.keys.Tables.DATA_KEYS;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.schema.generated.keys.tables.records.DataKeysRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Wrapped data keys (jOOQ only): one row per individual, until erasure destroys it. */
final class DataKeyRepository {

    /** A data key as stored: wrapped under the master key {@code masterKeyId}, bound to its owner and version. */
    record Wrapped(UUID individualId, byte[] wrappedKey, String masterKeyId, int keyVersion) {
    }

    void insert(DSLContext tx, Wrapped key) {
        tx.insertInto(DATA_KEYS)
                .set(DATA_KEYS.INDIVIDUAL_ID, key.individualId())
                .set(DATA_KEYS.WRAPPED_KEY, key.wrappedKey())
                .set(DATA_KEYS.MASTER_KEY_ID, key.masterKeyId())
                .set(DATA_KEYS.KEY_VERSION, key.keyVersion())
                .execute();
    }

    Optional<Wrapped> find(DSLContext dsl, UUID individualId) {
        return dsl.selectFrom(DATA_KEYS).where(DATA_KEYS.INDIVIDUAL_ID.eq(individualId)).fetchOptional(DataKeyRepository::wrapped);
    }

    boolean delete(DSLContext tx, UUID individualId) {
        return tx.deleteFrom(DATA_KEYS).where(DATA_KEYS.INDIVIDUAL_ID.eq(individualId)).execute() == 1;
    }

    /** Up to {@code limit} keys not wrapped under {@code masterKeyId}, locked (others skip them). */
    List<Wrapped> notUnder(DSLContext tx, String masterKeyId, int limit) {
        return tx.selectFrom(DATA_KEYS).where(DATA_KEYS.MASTER_KEY_ID.ne(masterKeyId)).limit(limit).forUpdate().skipLocked()
                .fetch(DataKeyRepository::wrapped);
    }

    void rewrap(DSLContext tx, UUID individualId, byte[] wrappedKey, String masterKeyId) {
        tx.update(DATA_KEYS)
                .set(DATA_KEYS.WRAPPED_KEY, wrappedKey)
                .set(DATA_KEYS.MASTER_KEY_ID, masterKeyId)
                .set(DATA_KEYS.REWRAPPED_AT, DSL.currentOffsetDateTime())
                .where(DATA_KEYS.INDIVIDUAL_ID.eq(individualId))
                .execute();
    }

    List<String> masterKeyIds(DSLContext dsl) {
        return dsl.selectDistinct(DATA_KEYS.MASTER_KEY_ID).from(DATA_KEYS).fetch(DATA_KEYS.MASTER_KEY_ID);
    }

    private static Wrapped wrapped(DataKeysRecord r) {
        return new Wrapped(r.getIndividualId(), r.getWrappedKey(), r.getMasterKeyId(), r.getKeyVersion());
    }
}
