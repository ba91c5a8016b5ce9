/**
 * Webhooks and erasure requests. A fan-out reads the outbox with its own durable cursor (under the
 * audited system scope, only when the outbox has moved) and queues one delivery per subscribed
 * endpoint; a sender leases due deliveries under the system scope and posts them signed with
 * HMAC-SHA256 over timestamp and body, recording each attempt for its tenant, retrying with
 * exponential backoff for more than 24 hours. Wire shapes are in {@link org.hearth.tenants.webhooks.WebhookJson}.
 */
package org.hearth.tenants.webhooks;
