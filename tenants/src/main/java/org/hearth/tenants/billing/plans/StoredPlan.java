package org.hearth.tenants.billing.plans;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.tenants.billing.pricing.PlanVersion;

/**
 * A plan as stored: its code, names, place in the catalogue and versions oldest first, each with
 * its prices, the document they were read from, and who added it when.
 */
public record StoredPlan(String code, Map<String, String> names, int position, OffsetDateTime createdAt, List<Version> versions) {

    public StoredPlan {
        names = Map.copyOf(names);
        versions = List.copyOf(versions);
    }

    /** One price version: {@code document} is the JSON text {@code prices} were parsed from. */
    public record Version(PlanVersion prices, String document, OffsetDateTime createdAt, UUID createdBy) {
    }

    public String name(String language) {
        return names.getOrDefault(language, names.get("en"));
    }

    public Version latest() {
        return versions.getLast();
    }
}
