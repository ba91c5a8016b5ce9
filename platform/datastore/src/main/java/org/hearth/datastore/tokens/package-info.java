/** Personal access tokens: for an individual's scripts and apps; shown once, stored as SHA-256 digests, revocable. */
package org.hearth.datastore.tokens;
