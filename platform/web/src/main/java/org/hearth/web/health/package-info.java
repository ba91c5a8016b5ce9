/**
 * Liveness and readiness for orchestrators: live means the process answers, ready means the
 * database does too and the server is not draining for shutdown ({@link org.hearth.web.health.Readiness}).
 */
package org.hearth.web.health;
