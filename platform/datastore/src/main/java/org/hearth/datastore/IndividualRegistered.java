package org.hearth.datastore;

import java.util.UUID;
import org.hearth.kernel.outbox.EventType;
import org.hearth.kernel.outbox.OutboxEvent;

/** A new account (by sign-up, OpenID Connect or import). Ids only. */
@EventType(value = "individual.registered", aggregate = "individual")
public record IndividualRegistered(UUID individualId) implements OutboxEvent {

    @Override
    public String aggregateId() {
        return individualId.toString();
    }
}
