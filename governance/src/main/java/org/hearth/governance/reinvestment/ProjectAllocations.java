package org.hearth.governance.reinvestment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hearth.kernel.money.Money;

/**
 * Retained profit and its allocations to named community projects: an immutable value, of which
 * {@link #allocate} returns the next state.
 *
 * <p>The retained profit is what {@link ReinvestmentReport#cumulative()} says was retained. It can
 * fall after allocations were made (a later year paid out of earlier profits); the state then
 * shows the over-allocation ({@link #overAllocated()}) rather than refusing to exist, and no new
 * allocation is accepted until it is resolved.
 */
public final class ProjectAllocations {

    private final Money retained;
    private final List<ProjectAllocation> allocations;

    private ProjectAllocations(Money retained, List<ProjectAllocation> allocations) {
        this.retained = Objects.requireNonNull(retained, "retained");
        this.allocations = List.copyOf(allocations);
        // Summing checks that every allocation is in the currency of the retained profit.
        allocated();
    }

    /** The state given the retained profit and the allocations already made. */
    public static ProjectAllocations of(Money retained, List<ProjectAllocation> allocations) {
        return new ProjectAllocations(retained, allocations);
    }

    public Money retained() {
        return retained;
    }

    public List<ProjectAllocation> allocations() {
        return allocations;
    }

    /** Everything allocated so far. */
    public Money allocated() {
        return allocations.stream().map(ProjectAllocation::amount).reduce(Money.zero(retained.currency()), Money::plus);
    }

    /** Retained profit not yet allocated; negative when over-allocated. */
    public Money unallocated() {
        return retained.minus(allocated());
    }

    /** Whether more is allocated than is retained. */
    public boolean overAllocated() {
        return unallocated().isNegative();
    }

    /** Total allocated to each project, in the order projects were first allocated to. */
    public Map<String, Money> byProject() {
        Map<String, Money> totals = new LinkedHashMap<>();
        allocations.forEach(a -> totals.merge(a.project(), a.amount(), Money::plus));
        return totals;
    }

    /** Whether {@code allocation} fits within what is retained and not yet allocated. */
    public boolean allows(ProjectAllocation allocation) {
        return allocation.amount().compareTo(unallocated()) <= 0;
    }

    /**
     * The state after {@code allocation}.
     *
     * @throws AllocationExceedsRetainedException if it is more than is retained and not yet allocated
     */
    public ProjectAllocations allocate(ProjectAllocation allocation) {
        if (!allows(allocation)) {
            throw new AllocationExceedsRetainedException(allocation, retained, unallocated());
        }
        List<ProjectAllocation> next = new ArrayList<>(allocations);
        next.add(allocation);
        return new ProjectAllocations(retained, next);
    }
}
