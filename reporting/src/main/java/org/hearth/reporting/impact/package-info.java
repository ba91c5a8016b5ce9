/**
 * The board's impact dashboard ({@code /board/impact}, {@code GET /api/v1/reports/impact}): for a
 * period, the money from the ledger (through governance's services) and the people, records,
 * agreements and tenants from the platform's tables (read by {@code ImpactRepository} under the
 * system scope). Nothing in it is typed by hand.
 */
package org.hearth.reporting.impact;
