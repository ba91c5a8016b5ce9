package org.hearth.tenants.clients;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An organisation's account. {@code kind} is company, nonprofit or public_body. */
public record Tenant(UUID id, String name, String kind, String status, String plan, OffsetDateTime createdAt) {

    public boolean active() {
        return "active".equals(status);
    }
}
