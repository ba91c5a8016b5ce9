/**
 * The database: the embedded PostgreSQL (or an external server), the connection pool and the
 * {@link org.hearth.kernel.db.Db} facade that owns every transaction.
 */
package org.hearth.kernel.db;
