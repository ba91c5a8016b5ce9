package org.hearth.governance.voting;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * An exact quotient. Weighted votes add shares such as two thirds, which no decimal holds
 * exactly; keeping numerator and denominator apart means nothing is rounded until a figure is
 * displayed, and a result at exactly 75% stays exactly 75%.
 */
record Fraction(BigDecimal numerator, BigDecimal denominator) {

    static final Fraction ZERO = new Fraction(BigDecimal.ZERO, BigDecimal.ONE);

    Fraction {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + denominator);
        }
    }

    Fraction plus(Fraction other) {
        if (other.denominator.compareTo(denominator) == 0) {
            return new Fraction(numerator.add(other.numerator), denominator);
        }
        return new Fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    Fraction dividedBy(BigDecimal divisor) {
        return new Fraction(numerator, denominator.multiply(divisor));
    }

    /** The quotient rounded as {@code context} says. */
    BigDecimal toDecimal(MathContext context) {
        return numerator.divide(denominator, context);
    }
}
