package org.hearth.reporting.pilots.privacy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A privacy parameter ε held as an exact, reduced fraction, so that halving it for a mean and
 * subtracting what a question spent from a budget never rounds: ε/2 + ε/2 is ε, and 0.1 + 0.2 is
 * 0.3. It is always in (0, 10]; a larger ε protects no one.
 *
 * <p>Every ε starts as a decimal of at most six places, and is then only halved, added or
 * subtracted, so its denominator is always of the form 2<sup>a</sup>·5<sup>b</sup>: {@link
 * #toBigDecimal()} is therefore exact.
 */
public final class Epsilon implements Comparable<Epsilon> {

    /** The most decimals a declared ε may have. */
    public static final int MAX_DECIMALS = 6;
    private static final BigInteger MAX = BigInteger.TEN;

    private final long numerator;
    private final long denominator;

    private Epsilon(BigInteger numerator, BigInteger denominator) {
        BigInteger gcd = numerator.gcd(denominator);
        BigInteger n = numerator.divide(gcd);
        BigInteger d = denominator.divide(gcd);
        if (n.signum() <= 0) {
            throw new IllegalArgumentException("ε must be greater than 0, not " + n + "/" + d);
        }
        if (n.compareTo(MAX.multiply(d)) > 0) {
            throw new IllegalArgumentException("ε must be at most 10, not " + n + "/" + d);
        }
        this.numerator = n.longValueExact();
        this.denominator = d.longValueExact();
    }

    /** ε from a decimal such as 0.5 or 0.125: greater than 0, at most 10, at most six decimals. */
    public static Epsilon of(BigDecimal value) {
        Objects.requireNonNull(value, "ε");
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > MAX_DECIMALS) {
            throw new IllegalArgumentException("ε may have at most " + MAX_DECIMALS + " decimals, not " + value.toPlainString());
        }
        if (stripped.signum() <= 0 || stripped.compareTo(BigDecimal.TEN) > 0) {
            throw new IllegalArgumentException("ε must be greater than 0 and at most 10, not " + value.toPlainString());
        }
        BigDecimal whole = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        return new Epsilon(whole.unscaledValue(), BigInteger.TEN.pow(whole.scale()));
    }

    /** ε from its decimal text, e.g. {@code "0.25"}. */
    public static Epsilon of(String value) {
        return of(new BigDecimal(value));
    }

    public long numerator() {
        return numerator;
    }

    public long denominator() {
        return denominator;
    }

    /** Exactly ε/2. */
    public Epsilon half() {
        return new Epsilon(big(numerator), big(denominator).shiftLeft(1));
    }

    /** Exactly this + other; refused above 10. */
    public Epsilon plus(Epsilon other) {
        return new Epsilon(big(numerator).multiply(big(other.denominator)).add(big(other.numerator).multiply(big(denominator))),
                big(denominator).multiply(big(other.denominator)));
    }

    /** Exactly this − other; refused unless the result is greater than 0. */
    public Epsilon minus(Epsilon other) {
        return new Epsilon(big(numerator).multiply(big(other.denominator)).subtract(big(other.numerator).multiply(big(denominator))),
                big(denominator).multiply(big(other.denominator)));
    }

    /** The exact decimal value (exact because the denominator only has the factors 2 and 5). */
    public BigDecimal toBigDecimal() {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator));
    }

    @Override
    public int compareTo(Epsilon other) {
        return big(numerator).multiply(big(other.denominator)).compareTo(big(other.numerator).multiply(big(denominator)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Epsilon e && e.numerator == numerator && e.denominator == denominator;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(numerator) * 31 + Long.hashCode(denominator);
    }

    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }

    private static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }
}
