/**
 * Cryptography: Argon2id password hashes, random tokens and their digests, and the key
 * material (master key, lookup key) read from configuration or generated on first run.
 */
package org.hearth.kernel.crypto;
