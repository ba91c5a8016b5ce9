package org.hearth.datastore;

import java.util.UUID;
import org.hearth.kernel.outbox.EventType;
import org.hearth.kernel.outbox.OutboxEvent;

/** An agreement reached its end (told once, by the sweep or by the read that found it ended). */
@EventType(value = "agreement.expired", aggregate = "agreement")
public record AgreementExpired(UUID agreementId, UUID tenantId, String subjectId) implements OutboxEvent {

    @Override
    public String aggregateId() {
        return agreementId.toString();
    }
}
