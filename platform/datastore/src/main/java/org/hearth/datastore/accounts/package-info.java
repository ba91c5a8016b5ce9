/**
 * Individuals' accounts: sign-up with email and password (or OpenID Connect, or an imported
 * archive), password login, password change and erasure. The email is kept only as a keyed hash.
 * A sign-up has no signed-in actor yet: it is audited as the new account acting for itself
 * ({@code AccountService.newcomer}). Erasure is audited as the individual's, under the system
 * scope, because the {@code ErasureStep}s of other modules delete across every tenant.
 */
package org.hearth.datastore.accounts;
