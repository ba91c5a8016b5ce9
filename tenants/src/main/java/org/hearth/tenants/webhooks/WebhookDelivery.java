package org.hearth.tenants.webhooks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One event queued for one endpoint, with every attempt made so far. */
public record WebhookDelivery(UUID id, UUID eventId, String type, boolean delivered, boolean gaveUp, OffsetDateTime nextAttemptAt,
                              List<Attempt> attempts) {

    public WebhookDelivery {
        attempts = List.copyOf(attempts);
    }

    /** One attempt: the receiver's HTTP status, or why there was none. */
    public record Attempt(int attempt, OffsetDateTime at, Optional<Integer> status, Optional<String> error) {
    }
}
