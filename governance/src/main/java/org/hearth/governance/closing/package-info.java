/**
 * Closing a financial year (the result carried into retained earnings, and for a French SCIC
 * the legal and statutory reserves), and a year's status as the board reads it: the result,
 * distributable profits with the dividend cap and its headroom, reserves, and the reinvestment
 * share against the legal minimum, checked with the rules in force for that year.
 */
package org.hearth.governance.closing;
