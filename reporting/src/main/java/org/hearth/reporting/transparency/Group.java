package org.hearth.reporting.transparency;

import java.util.Set;
import java.util.UUID;

/**
 * One group of a breakdown before disclosure control: how many, and which tenants it is about.
 *
 * @param key the group's stable name (a tenant kind, an agreement purpose)
 * @param count how many things the group counts
 * @param tenants the distinct tenants behind the group
 */
public record Group(String key, long count, Set<UUID> tenants) {

    public Group {
        tenants = Set.copyOf(tenants);
    }
}
