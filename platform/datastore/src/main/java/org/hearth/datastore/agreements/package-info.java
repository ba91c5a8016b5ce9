/**
 * Agreements: an individual's acceptance of an organisation's data request, with its consent
 * record (ISO/IEC TS 27560), a signed Kantara Consent Receipt v1.1, revocation, and the only way
 * an organisation reads a store: within the agreement's scope, while it is live, logged first.
 *
 * <p>{@code AgreementService} is the individual's side (reads under the individual's row-level
 * view, writes audited under their {@code CallContext}); {@code TenantAgreementAccess} implements
 * the root {@code TenantAgreements} for the tenants module (every query confined by
 * {@code Tenancy.owned} to the guard's {@code TenantScope}); {@code AgreementExpiry} is the
 * sweep, a {@code Worker} running under the audited system scope. {@code AgreementRepository} is
 * the only jOOQ. {@code ConsentDocuments} writes the two standard JSON documents; services hold
 * them as text.
 */
package org.hearth.datastore.agreements;
