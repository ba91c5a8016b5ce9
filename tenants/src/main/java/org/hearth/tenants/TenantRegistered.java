package org.hearth.tenants;

import java.util.UUID;
import org.hearth.kernel.outbox.EventType;
import org.hearth.kernel.outbox.OutboxEvent;

/** An organisation registered (self-service or {@code add-tenant}), on the sandbox plan. */
@EventType(value = "tenant.registered", aggregate = "tenant")
public record TenantRegistered(UUID tenantId, String kind) implements OutboxEvent {

    @Override
    public String aggregateId() {
        return tenantId.toString();
    }
}
