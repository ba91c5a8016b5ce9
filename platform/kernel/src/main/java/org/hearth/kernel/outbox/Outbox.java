package org.hearth.kernel.outbox;

import static org.hearth.schema.generated.platform.Tables.OUTBOX_EVENTS;

import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.hearth.kernel.id.Ids;
import org.jooq.DSLContext;
import org.jooq.JSONB;

/** Appends events inside the caller's transaction, so an event exists if and only if its change committed. */
public final class Outbox {

    /** Every event is published here; consumers filter on {@code type}. */
    public static final String ADDRESS = "hearth.events";

    private Outbox() {
    }

    /** The address of one event type, for consumers that want only that type. */
    public static String address(String eventType) {
        return ADDRESS + "." + eventType;
    }

    /** Appends a typed event in {@code tx}; the event id is returned. */
    public static UUID append(DSLContext tx, OutboxEvent event) {
        return insert(tx, event.aggregateType(), event.aggregateId(), event.type(), EventCodec.encode(event));
    }

    private static UUID insert(DSLContext tx, String aggregateType, String aggregateId, String eventType, JsonObject payload) {
        UUID eventId = Ids.newId();
        tx.insertInto(OUTBOX_EVENTS)
                .set(OUTBOX_EVENTS.EVENT_ID, eventId)
                .set(OUTBOX_EVENTS.AGGREGATE_TYPE, aggregateType)
                .set(OUTBOX_EVENTS.AGGREGATE_ID, aggregateId)
                .set(OUTBOX_EVENTS.EVENT_TYPE, eventType)
                .set(OUTBOX_EVENTS.PAYLOAD, JSONB.valueOf(payload.encode()))
                .execute();
        return eventId;
    }
}
