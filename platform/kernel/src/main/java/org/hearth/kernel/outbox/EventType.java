package org.hearth.kernel.outbox;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names an {@link OutboxEvent} record's event type (as tenants' webhooks see it) and its aggregate. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** The event type, for example {@code agreement.granted}. */
    String value();

    /** The aggregate type, for example {@code agreement}: events are delivered in order per aggregate. */
    String aggregate();
}
