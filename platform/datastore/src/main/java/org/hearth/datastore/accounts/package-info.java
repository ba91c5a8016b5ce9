/** Individuals' accounts: sign-up with email and password, and password login. The email is kept only as a keyed hash. */
package org.hearth.datastore.accounts;
