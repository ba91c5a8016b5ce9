/**
 * The transactional outbox: {@link org.hearth.kernel.outbox.Outbox#append} writes an event in the
 * same transaction as the change it describes; {@link org.hearth.kernel.outbox.OutboxDispatcher}
 * publishes committed events on the Vert.x event bus, at least once and in order.
 */
package org.hearth.kernel.outbox;
