/**
 * The audit trail's read side: operators list who wrote what, in which request and for which
 * tenant ({@code GET /api/v1/operator/audit} and the page {@code /staff/audit}). Ids and
 * names from code only, never personal data. {@link org.hearth.web.audit.AuditTrail} is the
 * service (plain Java), {@code AuditRepository} its jOOQ, the routes and the page its two faces.
 * The trail is written by {@code Db.write} in the kernel, one row per write transaction.
 */
package org.hearth.web.audit;
