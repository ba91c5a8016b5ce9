package org.hearth.datastore.keys;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.SecretKey;

/**
 * Recently unwrapped data keys, so that a busy store does not read and unwrap its key on every
 * request. Bounded (least recently used goes first) and short-lived; erasure evicts at once.
 * On several nodes another node may keep a key for up to the time-to-live after an erasure, but
 * by then the data it opened is gone too.
 */
final class KeyCache {

    private record Cached(SecretKey key, long expiresAt) {
    }

    private final int capacity;
    private final long ttlMillis;
    private final Map<UUID, Cached> entries;

    KeyCache(int capacity, long ttlMillis) {
        this.capacity = capacity;
        this.ttlMillis = ttlMillis;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Cached> eldest) {
                return size() > KeyCache.this.capacity;
            }
        };
    }

    synchronized SecretKey get(UUID individualId) {
        Cached entry = entries.get(individualId);
        if (entry == null) {
            return null;
        }
        if (entry.expiresAt() < System.currentTimeMillis()) {
            entries.remove(individualId);
            return null;
        }
        return entry.key();
    }

    synchronized void put(UUID individualId, SecretKey key) {
        entries.put(individualId, new Cached(key, System.currentTimeMillis() + ttlMillis));
    }

    synchronized void evict(UUID individualId) {
        entries.remove(individualId);
    }

    synchronized void clear() {
        entries.clear();
    }
}
