package org.hearth.datastore;

import java.util.UUID;
import org.hearth.kernel.outbox.EventType;
import org.hearth.kernel.outbox.OutboxEvent;

/** The individual withdrew consent; the tenant may no longer read or deliver. */
@EventType(value = "agreement.revoked", aggregate = "agreement")
public record AgreementRevoked(UUID agreementId, UUID tenantId, String subjectId) implements OutboxEvent {

    @Override
    public String aggregateId() {
        return agreementId.toString();
    }
}
