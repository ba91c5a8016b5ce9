/**
 * The access log: every access to a personal data store by anyone but its owner, appended
 * before the data leaves, kept as a SHA-256 hash chain per individual that the owner can read
 * and have verified.
 */
package org.hearth.datastore.accesslog;
