package org.hearth.datastore;

import java.util.UUID;
import org.hearth.kernel.outbox.EventType;
import org.hearth.kernel.outbox.OutboxEvent;

/** An individual accepted a data request: the tenant knows them by {@code subjectId} only. */
@EventType(value = "agreement.granted", aggregate = "agreement")
public record AgreementGranted(UUID agreementId, UUID tenantId, String subjectId, UUID dataRequestId) implements OutboxEvent {

    @Override
    public String aggregateId() {
        return agreementId.toString();
    }
}
