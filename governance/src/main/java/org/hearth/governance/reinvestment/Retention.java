package org.hearth.governance.reinvestment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import org.hearth.kernel.money.Money;

/**
 * Profit generated, paid out and retained, for a year or for several.
 *
 * @param profitGenerated the profit made; zero for a loss year, because a loss is not profit that
 *     anyone could have paid out or kept
 * @param paidOut what was paid out of it (see {@link YearResult#paidOut})
 * @param minimumRetained the least that had to stay in the mission
 */
public record Retention(Money profitGenerated, Money paidOut, Money minimumRetained) {

    public Retention {
        Objects.requireNonNull(profitGenerated, "profitGenerated");
        Objects.requireNonNull(paidOut, "paidOut");
        Objects.requireNonNull(minimumRetained, "minimumRetained");
    }

    /** Profit generated less what was paid out; negative when a year paid out of earlier profits. */
    public Money retained() {
        return profitGenerated.minus(paidOut);
    }

    /**
     * Whether less was retained than the minimum. Compares amounts, so it is exact. A loss year
     * that paid out anything is flagged: it spent profit retained in earlier years.
     */
    public boolean belowMinimum() {
        return retained().compareTo(minimumRetained) < 0;
    }

    /** Retained ÷ profit generated, to 34 significant digits; empty when no profit was generated. */
    public Optional<BigDecimal> share() {
        return ofProfit(retained());
    }

    /** Minimum retained ÷ profit generated, e.g. 0.65; empty when no profit was generated. */
    public Optional<BigDecimal> minimumShare() {
        return ofProfit(minimumRetained);
    }

    Retention plus(Retention other) {
        return new Retention(profitGenerated.plus(other.profitGenerated), paidOut.plus(other.paidOut),
                minimumRetained.plus(other.minimumRetained));
    }

    private Optional<BigDecimal> ofProfit(Money amount) {
        return profitGenerated.isPositive()
                ? Optional.of(amount.amount().divide(profitGenerated.amount(), MathContext.DECIMAL128))
                : Optional.empty();
    }
}
