package org.hearth.datastore.tokens;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Personal access tokens verified recently, by digest, so that a script calling the API does
 * not cost a database read per request before its real work. It holds no secret and nothing
 * personal: the digest, the token's id, its owner's id and when it was last used.
 *
 * <p>Revocation and erasure take effect at once: they {@link #forgetToken forget} the token (or
 * every token of the owner) after their transaction commits and before they are acknowledged.
 * A verification that read the database before that commit could put the old answer back just
 * after it was forgotten; so every forget also moves a generation counter, and a verification
 * keeps its answer only if the counter did not move while it read ({@link #keep}). Keeping and
 * forgetting hold one lock, so no entry can be put back between a forget and its check; finding
 * takes no lock.
 *
 * <p>One node's memory: on several nodes each forget must reach every node before the
 * acknowledgement (issue 16). Each entry lives {@link #TTL} from its first verification (later
 * updates of its last use do not extend it), which bounds how long a missed invalidation could
 * last, and the cache holds at most {@link #CAPACITY} tokens.
 */
final class LiveTokens {

    static final int CAPACITY = 10_000;
    static final Duration TTL = Duration.ofMinutes(5);

    /** What a verification needs to know about a live token. */
    record Live(UUID tokenId, UUID individualId, OffsetDateTime lastUsedAt) {
    }

    private final Cache<String, Live> cache = Caffeine.newBuilder().maximumSize(CAPACITY).expireAfter(new FromFirstVerification()).build();
    private final AtomicLong generation = new AtomicLong();
    private final Object lock = new Object();

    /** Read before the database is asked, and given back to {@link #keep}. */
    long generation() {
        return generation.get();
    }

    Live find(byte[] digest) {
        return cache.getIfPresent(key(digest));
    }

    /** Keeps a verification's answer unless a forget happened since {@code seen} was read. */
    void keep(byte[] digest, Live live, long seen) {
        synchronized (lock) {
            if (generation.get() == seen) {
                cache.put(key(digest), live);
            }
        }
    }

    void forgetToken(UUID tokenId) {
        synchronized (lock) {
            generation.incrementAndGet();
            cache.asMap().values().removeIf(live -> live.tokenId().equals(tokenId));
        }
    }

    void forgetOwner(UUID individualId) {
        synchronized (lock) {
            generation.incrementAndGet();
            cache.asMap().values().removeIf(live -> live.individualId().equals(individualId));
        }
    }

    /** {@link #TTL} from the first verification; recording a later use keeps the entry's deadline. */
    private static final class FromFirstVerification implements com.github.benmanes.caffeine.cache.Expiry<String, Live> {
        @Override
        public long expireAfterCreate(String key, Live value, long currentTime) {
            return TTL.toNanos();
        }

        @Override
        public long expireAfterUpdate(String key, Live value, long currentTime, long currentDuration) {
            return currentDuration;
        }

        @Override
        public long expireAfterRead(String key, Live value, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }

    long size() {
        return cache.estimatedSize();
    }

    private static String key(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
