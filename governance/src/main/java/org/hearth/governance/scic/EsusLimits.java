package org.hearth.governance.scic;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The pay limits of the ESUS approval (entreprise solidaire d'utilité sociale), as multiples of
 * the annual full-time minimum wage.
 *
 * @param bestPaidCount how many of the best-paid people are averaged
 * @param averageMultiple their average pay may be at most this many times the annual SMIC
 * @param highestMultiple the single best-paid person's pay may be at most this many times it
 */
public record EsusLimits(int bestPaidCount, BigDecimal averageMultiple, BigDecimal highestMultiple) {

    /**
     * Code du travail L3332-17-1, 3°: the average pay of the five best-paid employees or managers
     * at most seven times, and the best-paid at most ten times, the annual pay of a full-time
     * employee at the SMIC.
     */
    public static final EsusLimits CODE_DU_TRAVAIL_L3332_17_1 = new EsusLimits(5, new BigDecimal("7"), new BigDecimal("10"));

    public EsusLimits {
        Objects.requireNonNull(averageMultiple, "averageMultiple");
        Objects.requireNonNull(highestMultiple, "highestMultiple");
        if (bestPaidCount < 1 || averageMultiple.signum() <= 0 || highestMultiple.signum() <= 0) {
            throw new IllegalArgumentException("ESUS limits must be positive: " + bestPaidCount + ", " + averageMultiple
                    + ", " + highestMultiple);
        }
    }
}
