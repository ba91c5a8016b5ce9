package org.hearth.governance.charter;

import java.math.BigDecimal;

/** Rates in explanations: {@code 0.35} reads "35%". */
public final class Percent {

    private Percent() {
    }

    public static String of(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
