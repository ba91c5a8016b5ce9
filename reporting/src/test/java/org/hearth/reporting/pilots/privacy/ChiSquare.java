package org.hearth.reporting.pilots.privacy;

/** Pearson's goodness-of-fit statistic and its critical value, for the samplers' tests. */
final class ChiSquare {

    /** The standard normal quantile at 0.999: the tests reject at p = 0.001. */
    static final double Z_0_999 = 3.090232306167813;

    private ChiSquare() {
    }

    static double statistic(long[] observed, double[] expected) {
        double sum = 0;
        for (int i = 0; i < observed.length; i++) {
            double d = observed[i] - expected[i];
            sum += d * d / expected[i];
        }
        return sum;
    }

    /** The upper critical value of chi-square with df degrees of freedom (Wilson–Hilferty). */
    static double critical(int df, double z) {
        double v = 2.0 / (9 * df);
        return df * Math.pow(1 - v + z * Math.sqrt(v), 3);
    }
}
