/**
 * Personal access tokens: for an individual's scripts and apps; shown once, stored as SHA-256
 * digests, names sealed under the owner's data key, revocable. The slice to copy:
 * {@code TokenRoutes} (Vert.x Web) → {@code TokenService} (kernel types) → {@code TokenRepository} (jOOQ).
 */
package org.hearth.datastore.tokens;
