package org.hearth.governance.scic;

import java.math.BigDecimal;

/** Rates in explanations: {@code 0.15} reads "15%". */
final class Percent {

    private Percent() {
    }

    static String of(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
