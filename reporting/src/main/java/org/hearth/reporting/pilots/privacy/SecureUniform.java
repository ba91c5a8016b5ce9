package org.hearth.reporting.pilots.privacy;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The production source: a cryptographically secure generator, the NIST SP 800-90A DRBG where the
 * JDK has it (it always does from JDK 9), seeded by the platform. {@code getInstanceStrong()} is
 * not used: on Linux it may block on /dev/random. A predictable source would let anyone who sees
 * the noisy answers work the noise back out of them.
 */
final class SecureUniform implements UniformSource {

    private final SecureRandom random;

    SecureUniform() {
        this.random = drbg();
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    /** The generator's algorithm, e.g. {@code DRBG}. */
    String algorithm() {
        return random.getAlgorithm();
    }

    @Override
    public long below(long bound) {
        return UniformSource.below(bound, random::nextLong);
    }
}
