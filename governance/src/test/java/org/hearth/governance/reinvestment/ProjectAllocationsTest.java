package org.hearth.governance.reinvestment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.money.Money;
import org.junit.jupiter.api.Test;

class ProjectAllocationsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 9, 1);

    private static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }

    private static ProjectAllocation to(String project, String amount) {
        return new ProjectAllocation(project, gbp(amount), DAY);
    }

    @Test
    void allocationsUpToWhatIsRetainedAreAccepted() {
        ProjectAllocations state = ProjectAllocations.of(gbp("6500.00"), List.of())
                .allocate(to("Digital inclusion", "4000.00"))
                .allocate(to("Open data commons", "1500.00"))
                .allocate(to("Digital inclusion", "1000.00"));

        assertThat(state.allocated()).isEqualTo(gbp("6500.00"));
        assertThat(state.unallocated()).isEqualTo(gbp("0.00"));
        assertThat(state.byProject()).containsExactly(
                Map.entry("Digital inclusion", gbp("5000.00")), Map.entry("Open data commons", gbp("1500.00")));
    }

    @Test
    void allocatingOnePennyMoreThanIsLeftIsRefusedWithTheFigures() {
        ProjectAllocations state = ProjectAllocations.of(gbp("6500.00"), List.of(to("Digital inclusion", "4000.00")));

        assertThat(state.allows(to("Open data commons", "2500.00"))).isTrue();
        assertThatThrownBy(() -> state.allocate(to("Open data commons", "2500.01")))
                .isInstanceOfSatisfying(AllocationExceedsRetainedException.class, e -> {
                    assertThat(e.unallocated()).isEqualTo(gbp("2500.00"));
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                })
                .hasMessage("allocating GBP 2500.01 to Open data commons would exceed the GBP 2500.00 of retained profit"
                        + " not yet allocated (retained GBP 6500.00)");
        assertThat(state.allocated()).isEqualTo(gbp("4000.00"));
    }

    @Test
    void retainedProfitThatFellBelowTheAllocationsShowsTheOverAllocationAndTakesNoMore() {
        ProjectAllocations state = ProjectAllocations.of(gbp("3000.00"), List.of(to("Digital inclusion", "4000.00")));

        assertThat(state.overAllocated()).isTrue();
        assertThat(state.unallocated()).isEqualTo(gbp("-1000.00"));
        assertThatThrownBy(() -> state.allocate(to("Open data commons", "0.01")))
                .isInstanceOf(AllocationExceedsRetainedException.class);
    }

    @Test
    void allocationMustNameAProjectAndBeAboveZero() {
        assertThatThrownBy(() -> to(" ", "1.00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> to("Digital inclusion", "0.00")).isInstanceOf(IllegalArgumentException.class);
    }
}
