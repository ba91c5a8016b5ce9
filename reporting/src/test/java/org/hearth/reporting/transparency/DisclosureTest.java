package org.hearth.reporting.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DisclosureTest {

    private final Disclosure disclosure = new Disclosure(10);

    @Test
    void nineIndividualsAreSuppressedAndTenAreShown() {
        assertThat(disclosure.individuals(9).isSuppressed()).isTrue();
        assertThat(disclosure.individuals(9).value()).isNull();
        assertThat(disclosure.individuals(10)).isEqualTo(Count.of(10));
    }

    @Test
    void theThresholdComesFromTheCharterParameter() {
        assertThat(new Disclosure(25).individuals(24).isSuppressed()).isTrue();
        assertThat(new Disclosure(25).individuals(25)).isEqualTo(Count.of(25));
    }

    @Test
    void groupsThatPassAreShownWithTheirTotal() {
        Breakdown b = disclosure.ofIndividuals(List.of(group("research", 10, 2), group("service", 12, 3)));
        assertThat(b.parts()).containsExactly(part("research", 10), part("service", 12));
        assertThat(b.total()).isEqualTo(Count.of(22));
    }

    @Test
    void oneSmallGroupIsNotLeftAloneInOtherWhereTheTotalWouldReveal() {
        // 9 agreements for "marketing": alone in "other" it would be 9, and total − the rest too.
        Breakdown b = disclosure.ofIndividuals(List.of(group("marketing", 9, 2), group("research", 10, 2), group("service", 30, 3)));
        assertThat(b.parts()).containsExactly(part("service", 30), part(Breakdown.OTHER, 19));
        assertThat(b.total()).isEqualTo(Count.of(49));
        assertThat(b.parts()).noneMatch(p -> p.count().value() == 9);
    }

    @Test
    void aGroupAboutOneTenantIsMergedEvenWithManyIndividuals() {
        Breakdown b = disclosure.ofIndividuals(List.of(group("marketing", 50, 1), group("research", 11, 2), group("service", 40, 3)));
        assertThat(b.parts()).extracting(Breakdown.Part::key).containsExactly("service", Breakdown.OTHER);
        assertThat(b.parts().get(1).count()).isEqualTo(Count.of(61));
    }

    @Test
    void everythingIsSuppressedWhenEvenTheMergedGroupsAreTooFew() {
        Breakdown b = disclosure.ofIndividuals(List.of(group("marketing", 4, 2), group("research", 5, 2)));
        assertThat(b.parts()).isEmpty();
        assertThat(b.total().isSuppressed()).isTrue();
    }

    @Test
    void tenantBreakdownsNeedTwoTenantsPerGroup() {
        Breakdown b = disclosure.ofTenants(List.of(tenants("company", 5), tenants("nonprofit", 2), tenants("public_body", 1)));
        // public_body (1) alone would be revealed; the smallest shown kind (nonprofit) joins it.
        assertThat(b.parts()).containsExactly(part("company", 5), part(Breakdown.OTHER, 3));
        assertThat(b.total()).isEqualTo(Count.of(8));
    }

    @Test
    void aSingleTenantIsNeverCounted() {
        Breakdown b = disclosure.ofTenants(List.of(tenants("company", 1)));
        assertThat(b.parts()).isEmpty();
        assertThat(b.total().isSuppressed()).isTrue();
    }

    private static Breakdown.Part part(String key, long count) {
        return new Breakdown.Part(key, Count.of(count));
    }

    private static Group group(String key, long count, int tenantCount) {
        Set<UUID> ids = new HashSet<>();
        IntStream.range(0, tenantCount).forEach(i -> ids.add(UUID.randomUUID()));
        return new Group(key, count, ids);
    }

    private static Group tenants(String kind, int count) {
        return group(kind, count, count);
    }
}
