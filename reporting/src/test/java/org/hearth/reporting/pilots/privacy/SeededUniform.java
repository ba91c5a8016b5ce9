package org.hearth.reporting.pilots.privacy;

import java.util.SplittableRandom;

/** A reproducible source, for tests only: statistical tests are seeded so that they cannot flake. */
final class SeededUniform implements UniformSource {

    private final SplittableRandom random;

    SeededUniform(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public long below(long bound) {
        return UniformSource.below(bound, random::nextLong);
    }
}
