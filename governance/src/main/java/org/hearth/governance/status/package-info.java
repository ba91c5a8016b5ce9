/**
 * A financial year as the board reads it: the result, reserves, the dividend cap with what is
 * declared and the headroom (uk-cic), the reinvestment share against the legal minimum for the
 * year and cumulatively, and what was set aside for community projects. Read-only; it draws on
 * the closing, distributions and projects packages, which never depend on it. {@code YearStatus}
 * returns a record; {@code StatusJson} is its wire shape.
 */
package org.hearth.governance.status;
