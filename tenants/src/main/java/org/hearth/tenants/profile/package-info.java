/** The calling tenant's own profile, {@code GET /api/v1/tenant}. */
package org.hearth.tenants.profile;
