/**
 * Tenants, their OAuth2 client credentials (secret shown once, stored as a digest), the
 * client-credentials token endpoint, console members' sign-in, and {@link org.hearth.tenants.clients.TenantCalls},
 * the tenant guard every tenant route and console page goes through (active tenant, live client,
 * analysts read only, the plan's rate limit). Anonymous callers (registration, the token endpoint,
 * sign-in) are served by named platform jobs under the audited system scope.
 */
package org.hearth.tenants.clients;
