/** Liveness and readiness for orchestrators: live means the process answers, ready means the database does too. */
package org.hearth.web.health;
