package org.hearth.datastore.agreements;

import java.util.UUID;
import org.hearth.datastore.Agreement;
import org.hearth.kernel.outbox.Outbox;
import org.hearth.kernel.outbox.OutboxEvent;
import org.jooq.DSLContext;

/**
 * What an organisation is told about its agreements (granted, revoked, expired), through the
 * outbox and its webhooks; nothing about a pilot's aggregate-only agreements, since knowing who
 * joined or left, and when, would count the cohort exactly (see {@link Agreement#aggregateOnly()}).
 */
final class TenantEvents {

    private TenantEvents() {
    }

    /** Appends {@code event} in {@code tx} unless {@code agreement} is aggregate-only; the event's id, or null. */
    static UUID tell(DSLContext tx, Agreement agreement, OutboxEvent event) {
        return agreement.aggregateOnly() ? null : Outbox.append(tx, event);
    }
}
