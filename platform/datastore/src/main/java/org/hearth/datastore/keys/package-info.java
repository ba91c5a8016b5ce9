/**
 * Individuals' data keys: one AES-256 key each, stored only wrapped by a master key in the
 * {@code keys} schema; destroyed first on erasure; re-wrapped (never re-encrypting data) when
 * the master key rotates, in batches audited as the platform job {@code data_keys.rewrap}.
 * {@code DataKeyRepository} is the only jOOQ.
 */
package org.hearth.datastore.keys;
