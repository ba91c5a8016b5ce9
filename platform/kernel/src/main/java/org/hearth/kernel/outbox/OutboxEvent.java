package org.hearth.kernel.outbox;

/**
 * One typed event: a record annotated with {@link EventType}, whose components are its payload,
 * encoded by {@link EventCodec}. Each module declares its events in its root (API) package.
 */
public interface OutboxEvent {

    /** The id of the aggregate the event is about (events are ordered per aggregate). */
    String aggregateId();

    default String type() {
        return annotation(getClass()).value();
    }

    default String aggregateType() {
        return annotation(getClass()).aggregate();
    }

    static EventType annotation(Class<?> type) {
        EventType annotation = type.getAnnotation(EventType.class);
        if (annotation == null || !type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not an @EventType record");
        }
        return annotation;
    }
}
