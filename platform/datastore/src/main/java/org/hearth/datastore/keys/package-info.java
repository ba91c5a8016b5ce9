/**
 * Individuals' data keys: one AES-256 key each, stored only wrapped by a master key in the
 * {@code keys} schema; destroyed first on erasure; re-wrapped (never re-encrypting data) when
 * the master key rotates.
 */
package org.hearth.datastore.keys;
