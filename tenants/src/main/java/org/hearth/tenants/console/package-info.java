/**
 * The tenant console: the organisation's pages for its team members (requests, agreements,
 * credentials, webhooks, team). Each action names its audited operation {@code page.console.*}
 * and takes the tenant scope from {@link org.hearth.tenants.clients.TenantCalls#console}.
 */
package org.hearth.tenants.console;
