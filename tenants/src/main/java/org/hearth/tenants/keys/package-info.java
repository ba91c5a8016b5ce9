/** Tenants' signing key pairs for verified attributes: private keys encrypted under the master key, public keys published as a JWKS. */
package org.hearth.tenants.keys;
