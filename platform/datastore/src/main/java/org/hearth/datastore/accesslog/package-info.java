/**
 * The access log: every access to a personal data store by anyone but its owner, appended
 * before the data leaves, kept as a SHA-256 hash chain per individual that the owner can read
 * and have verified. {@code AccessLog} appends inside the caller's transaction;
 * {@code GroupCommitLog} (a {@code Worker}, started by the platform) batches the organisations'
 * hot-path appends into one audited write of the platform job {@code accesslog.append} per batch;
 * {@code AccessLogRepository} is the only jOOQ.
 */
package org.hearth.datastore.accesslog;
