package org.hearth.datastore.keys;

import static org.hearth.schema.generated.keys.Tables.DATA_KEYS;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.hearth.kernel.crypto.Aead;
import org.hearth.kernel.crypto.MasterKey;
import org.hearth.kernel.crypto.MasterKeyRing;
import org.hearth.kernel.crypto.Tokens;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.schema.generated.keys.tables.records.DataKeysRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Makes, opens, destroys and re-wraps individuals' data keys. */
public final class DataKeys {

    private final Db db;
    private final MasterKeyRing masterKeys;
    private final KeyCache cache = new KeyCache(10_000, 300_000);

    public DataKeys(Db db, MasterKeyRing masterKeys) {
        this.db = db;
        this.masterKeys = masterKeys;
    }

    /** A new key for a new individual, inside the caller's transaction. */
    public void create(DSLContext tx, UUID individualId) {
        byte[] key = Tokens.randomBytes(32);
        MasterKey master = masterKeys.current();
        tx.insertInto(DATA_KEYS)
                .set(DATA_KEYS.INDIVIDUAL_ID, individualId)
                .set(DATA_KEYS.WRAPPED_KEY, Aead.encrypt(master.key(), key, wrapContext(individualId, 1)))
                .set(DATA_KEYS.MASTER_KEY_ID, master.id())
                .set(DATA_KEYS.KEY_VERSION, 1)
                .execute();
    }

    /** The individual's key, unwrapped; 404 once it has been destroyed. */
    public SecretKey open(DSLContext dsl, UUID individualId) {
        SecretKey cached = cache.get(individualId);
        if (cached != null) {
            return cached;
        }
        DataKeysRecord row = dsl.selectFrom(DATA_KEYS).where(DATA_KEYS.INDIVIDUAL_ID.eq(individualId)).fetchOne();
        if (row == null) {
            throw new HearthException(ErrorCode.NOT_FOUND, "There is no personal data store for this account.");
        }
        SecretKey key = new SecretKeySpec(unwrap(row), "AES");
        cache.put(individualId, key);
        return key;
    }

    public SecretKey open(UUID individualId) {
        return db.read("data_keys.open", dsl -> open(dsl, individualId));
    }

    /** Forgets a key held in memory; called again after an erasure commits, so a concurrent reader cannot re-cache it. */
    public void forget(UUID individualId) {
        cache.evict(individualId);
    }

    /** Destroys the key; what it encrypted can never be read again. */
    public boolean destroy(DSLContext tx, UUID individualId) {
        cache.evict(individualId);
        return tx.deleteFrom(DATA_KEYS).where(DATA_KEYS.INDIVIDUAL_ID.eq(individualId)).execute() == 1;
    }

    /** What a rotation did, and which retired master keys some data key still needs. */
    public record Rotation(int rewrapped, String currentMasterKeyId, Set<String> stillNeeded) {
    }

    /** Re-wraps every data key under the current master key, in batches; data is not touched. */
    public Rotation rewrapAll() {
        String current = masterKeys.current().id();
        int total = 0;
        while (true) {
            int batch = db.tx("data_keys.rewrap", tx -> {
                List<DataKeysRecord> rows = tx.selectFrom(DATA_KEYS).where(DATA_KEYS.MASTER_KEY_ID.ne(current))
                        .limit(500).forUpdate().skipLocked().fetch();
                for (DataKeysRecord row : rows) {
                    byte[] key = unwrap(row);
                    tx.update(DATA_KEYS)
                            .set(DATA_KEYS.WRAPPED_KEY, Aead.encrypt(masterKeys.current().key(), key, wrapContext(row.getIndividualId(), row.getKeyVersion())))
                            .set(DATA_KEYS.MASTER_KEY_ID, current)
                            .set(DATA_KEYS.REWRAPPED_AT, DSL.currentOffsetDateTime())
                            .where(DATA_KEYS.INDIVIDUAL_ID.eq(row.getIndividualId()))
                            .execute();
                }
                return rows.size();
            });
            total += batch;
            if (batch == 0) {
                break;
            }
        }
        cache.clear();
        Set<String> needed = new HashSet<>(db.read("data_keys.master_ids",
                dsl -> dsl.selectDistinct(DATA_KEYS.MASTER_KEY_ID).from(DATA_KEYS).fetch(DATA_KEYS.MASTER_KEY_ID)));
        needed.remove(current);
        return new Rotation(total, current, needed);
    }

    private byte[] unwrap(DataKeysRecord row) {
        MasterKey master = masterKeys.byId(row.getMasterKeyId()).orElseThrow(() -> new IllegalStateException(
                "Data key of an individual is wrapped by master key " + row.getMasterKeyId()
                        + ", which is not configured (HEARTH_MASTER_KEY or HEARTH_RETIRED_MASTER_KEYS)"));
        return Aead.decrypt(master.key(), row.getWrappedKey(), wrapContext(row.getIndividualId(), row.getKeyVersion()));
    }

    /** Binds a wrapped key to its owner: copied to another individual's row, it will not unwrap. */
    private static byte[] wrapContext(UUID individualId, int version) {
        return ("hearth:data-key:v" + version + ":" + individualId).getBytes(StandardCharsets.UTF_8);
    }
}
