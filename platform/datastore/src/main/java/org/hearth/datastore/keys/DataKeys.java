package org.hearth.datastore.keys;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.hearth.datastore.KeyRotation;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.crypto.Aead;
import org.hearth.kernel.crypto.MasterKey;
import org.hearth.kernel.crypto.MasterKeyRing;
import org.hearth.kernel.crypto.Tokens;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.jooq.DSLContext;

/** Makes, opens, destroys and re-wraps individuals' data keys. */
public final class DataKeys {

    private final Db db;
    private final MasterKeyRing masterKeys;
    private final KeyCache cache = new KeyCache(10_000, 300_000);
    private final DataKeyRepository repository = new DataKeyRepository();

    public DataKeys(Db db, MasterKeyRing masterKeys) {
        this.db = db;
        this.masterKeys = masterKeys;
    }

    /** A new key for a new individual, inside the caller's transaction. */
    public void create(DSLContext tx, UUID individualId) {
        byte[] key = Tokens.randomBytes(32);
        MasterKey master = masterKeys.current();
        repository.insert(tx, new DataKeyRepository.Wrapped(individualId, Aead.encrypt(master.key(), key, wrapContext(individualId, 1)), master.id(), 1));
    }

    /** The individual's key, unwrapped; 404 once it has been destroyed. */
    public SecretKey open(DSLContext dsl, UUID individualId) {
        SecretKey cached = cache.get(individualId);
        if (cached != null) {
            return cached;
        }
        DataKeyRepository.Wrapped row = repository.find(dsl, individualId)
                .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "There is no personal data store for this account."));
        SecretKey key = new SecretKeySpec(unwrap(row), "AES");
        cache.put(individualId, key);
        return key;
    }

    /**
     * A key its caller fetched wrapped, with the rest of a bulk read (a pilot's cohort: one query
     * for every participant, not one per key), unwrapped here. A key already cached is reused; one
     * unwrapped here is not cached, so that a read of a hundred thousand stores does not push out
     * the keys of the stores being read right now.
     */
    public SecretKey openFetched(UUID individualId, byte[] wrappedKey, String masterKeyId, int keyVersion) {
        SecretKey cached = cache.get(individualId);
        if (cached != null) {
            return cached;
        }
        return new SecretKeySpec(unwrap(new DataKeyRepository.Wrapped(individualId, wrappedKey, masterKeyId, keyVersion)), "AES");
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
        return repository.delete(tx, individualId);
    }

    /**
     * Re-wraps every data key under the current master key, in batches (each an audited write of
     * the platform job {@code data_keys.rewrap}); data is not touched.
     */
    public KeyRotation rewrapAll() {
        String current = masterKeys.current().id();
        int total = 0;
        while (true) {
            int batch = db.write(CallContext.system("data_keys.rewrap"), tx -> {
                List<DataKeyRepository.Wrapped> rows = repository.notUnder(tx, current, 500);
                for (DataKeyRepository.Wrapped row : rows) {
                    byte[] key = unwrap(row);
                    repository.rewrap(tx, row.individualId(), Aead.encrypt(masterKeys.current().key(), key, wrapContext(row.individualId(), row.keyVersion())),
                            current);
                }
                return rows.size();
            });
            total += batch;
            if (batch == 0) {
                break;
            }
        }
        cache.clear();
        Set<String> needed = new HashSet<>(db.read("data_keys.master_ids", repository::masterKeyIds));
        needed.remove(current);
        return new KeyRotation(total, current, needed);
    }

    private byte[] unwrap(DataKeyRepository.Wrapped row) {
        MasterKey master = masterKeys.byId(row.masterKeyId()).orElseThrow(() -> new IllegalStateException(
                "Data key of an individual is wrapped by master key " + row.masterKeyId()
                        + ", which is not configured (HEARTH_MASTER_KEY or HEARTH_RETIRED_MASTER_KEYS)"));
        return Aead.decrypt(master.key(), row.wrappedKey(), wrapContext(row.individualId(), row.keyVersion()));
    }

    /** Binds a wrapped key to its owner: copied to another individual's row, it will not unwrap. */
    private static byte[] wrapContext(UUID individualId, int version) {
        return ("hearth:data-key:v" + version + ":" + individualId).getBytes(StandardCharsets.UTF_8);
    }
}
