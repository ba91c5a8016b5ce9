package org.hearth.governance.reinvestment;

import java.util.Map;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.money.Money;

/**
 * An allocation to a project would take more than the retained profit not yet allocated.
 * Rendered as {@link ErrorCode#CONFLICT}, with the figures so the form can show what is left.
 */
public final class AllocationExceedsRetainedException extends HearthException {

    private static final long serialVersionUID = 1L;

    private final transient ProjectAllocation refused;
    private final transient Money unallocated;

    AllocationExceedsRetainedException(ProjectAllocation refused, Money retained, Money unallocated) {
        super(ErrorCode.CONFLICT, "allocating " + refused.amount() + " to " + refused.project() + " would exceed the "
                + unallocated.max(Money.zero(unallocated.currency())) + " of retained profit not yet allocated (retained "
                + retained + ")", Map.of("requested", refused.amount().amount().toPlainString(),
                        "unallocated", unallocated.amount().toPlainString(),
                        "currency", unallocated.currency().getCurrencyCode()));
        this.refused = refused;
        this.unallocated = unallocated;
    }

    /** The allocation refused. */
    public ProjectAllocation refused() {
        return refused;
    }

    /** Retained profit not yet allocated when it was refused; negative if already over-allocated. */
    public Money unallocated() {
        return unallocated;
    }
}
