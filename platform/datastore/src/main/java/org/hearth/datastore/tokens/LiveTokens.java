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
 * keeps its answer only if the counter did not move while it read ({@link #keep}).
 *
 * <p>One node's memory: on several nodes each forget must reach every node before the
 * acknowledgement (issue 16). Entries also expire after {@link #TTL}, which bounds how long a
 * missed invalidation could last, and the cache holds at most {@link #CAPACITY} tokens.
 */
final class LiveTokens {

    static final int CAPACITY = 10_000;
    static final Duration TTL = Duration.ofMinutes(5);

    /** What a verification needs to know about a live token. */
    record Live(UUID tokenId, UUID individualId, OffsetDateTime lastUsedAt) {
    }

    private final Cache<String, Live> cache = Caffeine.newBuilder().maximumSize(CAPACITY).expireAfterWrite(TTL).build();
    private final AtomicLong generation = new AtomicLong();

    /** Read before the database is asked, and given back to {@link #keep}. */
    long generation() {
        return generation.get();
    }

    Live find(byte[] digest) {
        return cache.getIfPresent(key(digest));
    }

    /** Keeps a verification's answer unless a forget happened since {@code seen} was read. */
    void keep(byte[] digest, Live live, long seen) {
        String key = key(digest);
        cache.put(key, live);
        if (generation.get() != seen) {
            cache.invalidate(key);
        }
    }

    void forgetToken(UUID tokenId) {
        generation.incrementAndGet();
        cache.asMap().values().removeIf(live -> live.tokenId().equals(tokenId));
    }

    void forgetOwner(UUID individualId) {
        generation.incrementAndGet();
        cache.asMap().values().removeIf(live -> live.individualId().equals(individualId));
    }

    long size() {
        return cache.estimatedSize();
    }

    private static String key(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
