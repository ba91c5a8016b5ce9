/**
 * The kernel every other module builds on: configuration, typed errors, the database facade,
 * cryptography and the transactional outbox. It knows nothing of HTTP or of any feature.
 */
package org.hearth.kernel;
