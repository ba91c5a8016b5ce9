/**
 * The public transparency page ({@code /transparency}) and its open data
 * ({@code /api/v1/open-data/transparency.json}, {@code .csv} and the JSON Schema): the operator's money
 * from the ledger, and counts from the platform, each count checked by {@link
 * org.hearth.reporting.transparency.Disclosure} so no figure is about fewer individuals than the
 * charter's {@code reporting.minimum_count} or about a single tenant.
 */
package org.hearth.reporting.transparency;
