/**
 * Organisations as tenants. The root package is the module's API ({@link org.hearth.tenants.TenantsModule});
 * sub-packages are capabilities: OAuth2 client credentials and the token endpoint, the tenant's own profile.
 */
package org.hearth.tenants;
