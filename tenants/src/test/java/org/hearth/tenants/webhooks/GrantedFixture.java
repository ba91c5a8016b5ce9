package org.hearth.tenants.webhooks;

import java.util.UUID;
import org.hearth.kernel.outbox.EventType;
import org.hearth.kernel.outbox.OutboxEvent;

/** The datastore's {@code agreement.granted} event as it reaches the outbox (same type name and payload fields), for the fan-out's tests. */
@EventType(value = "agreement.granted", aggregate = "agreement")
public record GrantedFixture(UUID agreementId, UUID tenantId, String subjectId, UUID dataRequestId) implements OutboxEvent {

    @Override
    public String aggregateId() {
        return agreementId.toString();
    }
}
