/**
 * The HTTP side of the platform: server assembly on virtual threads, the OpenAPI contract that
 * routes and validates API requests, pac4j security, problem JSON, health and metrics, the
 * request id and access log ({@link org.hearth.web.RequestLog}), the operators' audit trail. Feature
 * modules plug their handlers in through {@link org.hearth.web.api.ApiRoutes}; they see the
 * caller as a {@link org.hearth.kernel.actor.Actor}, never as a pac4j profile.
 */
package org.hearth.web;
