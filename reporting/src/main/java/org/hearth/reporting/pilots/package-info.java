/**
 * Pilots' questions and reports (issue 13): a public body asks a question of its pilot's cohort
 * ({@code PilotQuestions}: the ε spent first, in its own commit; the cohort read and decrypted
 * inside the platform; too small a cohort refused without its size; otherwise a noisy answer from
 * {@code privacy.Mechanism}, recorded with the participants' access-log entries), and reads the
 * pilot's report ({@code PilotReports}: JSON, console and staff pages, PDF). The differential
 * privacy itself is {@code org.hearth.reporting.pilots.privacy}'s. {@code PilotRepository} is the
 * only jOOQ; it reads tenants' pilots under the caller's tenant scope (or the system scope for
 * the operator).
 */
package org.hearth.reporting.pilots;
