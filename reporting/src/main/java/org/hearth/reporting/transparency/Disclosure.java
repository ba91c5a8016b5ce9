package org.hearth.reporting.transparency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Statistical disclosure control for the published figures. A count of individuals below the
 * charter's minimum is suppressed. In a breakdown, a group about fewer than two tenants (or, when
 * it counts individuals, fewer than the minimum) is merged into {@link Breakdown#OTHER}; a merged
 * group must itself pass the rule <em>and</em> hold at least two groups, else the smallest shown
 * groups join it (complementary suppression: one small group alone in "other" could be worked out
 * as the total less the others, and so could a suppressed cell). If nothing passes, the whole
 * breakdown and its total are suppressed. Pure: no database, no HTTP.
 */
public final class Disclosure {

    /** Fewer tenants than this and a figure would be about one organisation. */
    static final int MINIMUM_TENANTS = 2;

    private final int minimumCount;

    public Disclosure(int minimumCount) {
        if (minimumCount < 2) {
            throw new IllegalArgumentException("The minimum count must be at least 2");
        }
        this.minimumCount = minimumCount;
    }

    public int minimumCount() {
        return minimumCount;
    }

    /** A count of individuals: shown from the minimum up, else suppressed. */
    public Count individuals(long count) {
        return count >= minimumCount ? Count.of(count) : Count.suppressed();
    }

    /** A breakdown whose counts are about individuals (agreements by purpose): each group needs the minimum and two tenants. */
    public Breakdown ofIndividuals(List<Group> groups) {
        return breakdown(groups, minimumCount);
    }

    /** A breakdown of tenants (organisations by kind): each group needs two tenants. */
    public Breakdown ofTenants(List<Group> groups) {
        return breakdown(groups, MINIMUM_TENANTS);
    }

    private Breakdown breakdown(List<Group> groups, long minimum) {
        List<Group> shown = new ArrayList<>(groups.stream().filter(g -> g.count() > 0).toList());
        List<Group> merged = new ArrayList<>(shown.stream().filter(g -> !passes(g.count(), g.tenants(), minimum)).toList());
        shown.removeAll(merged);
        // The smallest shown group joins "other" until "other" is safe on its own and not one group in disguise.
        shown.sort(Comparator.comparingLong(Group::count).thenComparing(Group::key));
        while (!merged.isEmpty() && (merged.size() < 2 || !passes(sum(merged), tenants(merged), minimum)) && !shown.isEmpty()) {
            merged.add(shown.removeFirst());
        }
        long total = sum(shown) + sum(merged);
        Set<UUID> allTenants = tenants(shown);
        allTenants.addAll(tenants(merged));
        boolean mergedSafe = merged.isEmpty() || (merged.size() >= 2 && passes(sum(merged), tenants(merged), minimum));
        if (!mergedSafe || (total > 0 && !passes(total, allTenants, minimum))) {
            return new Breakdown(List.of(), Count.suppressed());
        }
        List<Breakdown.Part> parts = new ArrayList<>();
        shown.stream().sorted(Comparator.comparing(Group::key)).forEach(g -> parts.add(new Breakdown.Part(g.key(), Count.of(g.count()))));
        if (!merged.isEmpty()) {
            parts.add(new Breakdown.Part(Breakdown.OTHER, Count.of(sum(merged))));
        }
        return new Breakdown(parts, Count.of(total));
    }

    private static boolean passes(long count, Set<UUID> tenants, long minimum) {
        return count >= minimum && tenants.size() >= MINIMUM_TENANTS;
    }

    private static long sum(List<Group> groups) {
        return groups.stream().mapToLong(Group::count).sum();
    }

    private static Set<UUID> tenants(List<Group> groups) {
        Set<UUID> all = new HashSet<>();
        groups.forEach(g -> all.addAll(g.tenants()));
        return all;
    }
}
