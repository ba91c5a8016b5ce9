/**
 * Tenants' signing key pairs for verified attributes: private keys encrypted under the master key
 * and read only under the tenant's own scope; public keys published as a JWKS.
 */
package org.hearth.tenants.keys;
