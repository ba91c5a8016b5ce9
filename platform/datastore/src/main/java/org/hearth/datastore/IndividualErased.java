package org.hearth.datastore;

import java.util.List;
import java.util.UUID;
import org.hearth.kernel.outbox.EventType;
import org.hearth.kernel.outbox.OutboxEvent;

/**
 * An individual erased the account; every tenant that ever held an agreement is a
 * {@link Holder}, asked (by webhook) to erase its copies of the subject it knows.
 */
@EventType(value = "individual.erased", aggregate = "individual")
public record IndividualErased(UUID individualId, List<Holder> holders) implements OutboxEvent {

    public IndividualErased {
        holders = List.copyOf(holders);
    }

    /** A tenant and the pairwise subject id it knows the individual by. */
    public record Holder(UUID tenantId, String subjectId) {
    }

    @Override
    public String aggregateId() {
        return individualId.toString();
    }
}
