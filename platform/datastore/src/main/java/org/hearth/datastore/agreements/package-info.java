/**
 * Agreements: an individual's acceptance of an organisation's data request, with its consent
 * record (ISO/IEC TS 27560), a signed Kantara Consent Receipt v1.1, revocation, and the only way
 * an organisation reads a store: within the agreement's scope, while it is live, logged first.
 */
package org.hearth.datastore.agreements;
