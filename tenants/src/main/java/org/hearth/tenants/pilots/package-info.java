/**
 * Pilots with public bodies (issue 13), their lifecycle: a public body's proposal, the operator's
 * decision with its reason, the aggregate-only data request an approval publishes (the invitation
 * participants follow), the funding received (booked by governance from the outbox), and the end:
 * at the end date every agreement under the pilot expires and its participants are told. The
 * questions and answers are reporting's; they read {@code tenants.pilots}.
 */
package org.hearth.tenants.pilots;
