package org.hearth.tenants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.kernel.outbox.EventType;
import org.hearth.kernel.outbox.OutboxEvent;

/**
 * An operator recorded that a pilot's funding was received (once per pilot): governance books it
 * as grant revenue against cash at bank, dated the day it was received.
 */
@EventType(value = "pilot.funding_received", aggregate = "pilot")
public record PilotFundingReceived(UUID pilotId, UUID tenantId, LocalDate receivedOn, String currency, BigDecimal amount, String reference)
        implements OutboxEvent {

    @Override
    public String aggregateId() {
        return pilotId.toString();
    }
}
