/** Tenants' OAuth2 client credentials (secret shown once, stored as a digest) and the client-credentials token endpoint. */
package org.hearth.tenants.clients;
