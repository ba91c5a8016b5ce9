/**
 * Closing a financial year (the result carried into retained earnings, and for a French SCIC
 * the legal and statutory reserves), the approval of its annual report, and the closed years
 * as the legal rules read them. Distributions per year and the reserve allocations are read and
 * written by the package-private {@code ClosingRepository}.
 */
package org.hearth.governance.closing;
