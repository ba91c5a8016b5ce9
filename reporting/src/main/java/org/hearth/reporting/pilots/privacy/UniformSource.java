package org.hearth.reporting.pilots.privacy;

import java.util.function.LongSupplier;

/**
 * Where the samplers' randomness comes from: an exactly uniform integer below a bound. It is
 * package-private so that nothing outside this package can hand the mechanism a weaker source:
 * the one way to get a {@link Mechanism} outside it, {@link Mechanism#secure()}, uses {@link
 * SecureUniform}.
 */
interface UniformSource {

    /** A uniformly random integer in [0, bound); {@code bound} is at least 1. */
    long below(long bound);

    /**
     * Exactly uniform in [0, bound) from uniform 64-bit words, by rejection: of the 2<sup>63</sup>
     * values of a word's low 63 bits, the last (2<sup>63</sup> mod bound) are thrown away, so every
     * remainder is equally likely. Taking the remainder of every word would favour small results.
     */
    static long below(long bound, LongSupplier words) {
        if (bound < 1) {
            throw new IllegalArgumentException("the bound must be at least 1, not " + bound);
        }
        long discarded = (Long.MAX_VALUE % bound + 1) % bound;
        long last = Long.MAX_VALUE - discarded;
        long word;
        do {
            word = words.getAsLong() >>> 1;
        } while (word > last);
        return word % bound;
    }
}
