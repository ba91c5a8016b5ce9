package org.hearth.tenants.webhooks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One of a tenant's webhook endpoints (its secret is never shown again after registration). */
public record Webhook(UUID id, String url, List<String> events, OffsetDateTime createdAt) {

    public Webhook {
        events = List.copyOf(events);
    }

    /** A new endpoint with its signing secret, which exists in the answer only. */
    public record Registered(UUID id, String url, List<String> events, String secret) {

        public Registered {
            events = List.copyOf(events);
        }

        @Override
        public String toString() {
            return "Registered[id=" + id + ", url=" + url + ", events=" + events + ", secret=***]";
        }
    }
}
