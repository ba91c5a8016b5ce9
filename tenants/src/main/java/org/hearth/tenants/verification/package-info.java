/**
 * Whether the platform checked who an organisation is: an operator looks it up in a public
 * register (Companies House, SIRENE, the Charity Commission…) and records when and against what;
 * the request review page tells individuals, the console tells the organisation.
 */
package org.hearth.tenants.verification;
