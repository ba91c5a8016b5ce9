/**
 * Webhooks and erasure requests. A fan-out reads the outbox with its own durable cursor and
 * queues one delivery per subscribed endpoint; a sender posts them signed with HMAC-SHA256 over
 * timestamp and body, retrying with exponential backoff for more than 24 hours.
 */
package org.hearth.tenants.webhooks;
