/**
 * Cryptography: Argon2id password hashes, random tokens and their digests, and the key
 * material (master key, lookup key) read from configuration or generated on first run, and the
 * ES256 JWT signing key (SigningKeys) that access tokens and agreement receipts are signed with.
 */
package org.hearth.kernel.crypto;
