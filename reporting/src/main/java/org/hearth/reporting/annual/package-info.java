/**
 * The annual community-interest report (issue 12, part 5): for a closed financial year, the parts
 * the charter's legal profile asks for (uk-cic: the six parts of form CIC34; fr-scic: the
 * management report's equivalent), every figure read from the ledger and the platform, the
 * narrative parts written by the board (every version kept), and, once the year's annual-report
 * resolution has passed, a frozen copy with its SHA-256 digest. One model ({@link
 * org.hearth.reporting.annual.AnnualReport}) feeds the page, the PDF, the CSV files and the JSON.
 */
package org.hearth.reporting.annual;
