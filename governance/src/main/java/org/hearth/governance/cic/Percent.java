package org.hearth.governance.cic;

import java.math.BigDecimal;

/** Rates in explanations: {@code 0.35} reads "35%". */
final class Percent {

    private Percent() {
    }

    static String of(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
