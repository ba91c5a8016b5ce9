/** The tenant console: the organisation's overview page for its team members (requests, agreements, credentials, webhooks, team). */
package org.hearth.tenants.console;
