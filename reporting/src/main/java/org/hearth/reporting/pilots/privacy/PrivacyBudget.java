package org.hearth.reporting.pilots.privacy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a pilot may still spend: its total ε less what its answers spent, exactly (sequential
 * composition: the ε of answers about the same participants add up). Immutable: {@link #spend}
 * returns the budget after the answer, whose {@link #remaining()} is recorded with it.
 */
public final class PrivacyBudget {

    private final Epsilon total;
    /** Null until something is spent: an ε is never 0. */
    private final Epsilon spent;

    private PrivacyBudget(Epsilon total, Epsilon spent) {
        this.total = total;
        this.spent = spent;
    }

    public static PrivacyBudget of(Epsilon total) {
        return new PrivacyBudget(Objects.requireNonNull(total, "total"), null);
    }

    public Epsilon total() {
        return total;
    }

    public BigDecimal spent() {
        return spent == null ? BigDecimal.ZERO : spent.toBigDecimal();
    }

    public BigDecimal remaining() {
        return total.toBigDecimal().subtract(spent());
    }

    /** Whether an answer spending {@code epsilon} fits in what remains. */
    public boolean allows(Epsilon epsilon) {
        if (spent == null) {
            return epsilon.compareTo(total) <= 0;
        }
        return spent.compareTo(total) < 0 && epsilon.compareTo(total.minus(spent)) <= 0;
    }

    /** The budget after spending {@code epsilon}; refused, spending nothing, if it does not fit. */
    public PrivacyBudget spend(Epsilon epsilon) {
        if (!allows(epsilon)) {
            throw new PrivacyBudgetExceeded(epsilon, remaining());
        }
        return new PrivacyBudget(total, spent == null ? epsilon : spent.plus(epsilon));
    }
}
