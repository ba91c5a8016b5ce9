package org.hearth.tenants.billing.pricing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan: a stable code ({@code sandbox}, {@code standard}, {@code enterprise}), its name in each
 * language the platform speaks ({@code en}, {@code fr}), and its versions in date order.
 */
public record Plan(String code, Map<String, String> names, List<PlanVersion> versions) {

    public Plan {
        Objects.requireNonNull(code, "code");
        names = Map.copyOf(names);
        versions = versions.stream().sorted(Comparator.comparing(PlanVersion::effectiveFrom)).toList();
    }

    /** The name in {@code language} ({@code en} or {@code fr}), English when the language has none. */
    public String name(String language) {
        return names.getOrDefault(language, names.get("en"));
    }

    /** The version in force on {@code day}: the last one effective on or before it; none before the first. */
    public Optional<PlanVersion> versionOn(LocalDate day) {
        PlanVersion found = null;
        for (PlanVersion v : versions) {
            if (!v.effectiveFrom().isAfter(day)) {
                found = v;
            }
        }
        return Optional.ofNullable(found);
    }
}
