/** The organisation's side of agreements: list them, and read records within an agreement's scope. */
package org.hearth.tenants.agreements;
