/**
 * The governance pages: {@code /board} (ledger summary, each year's status with the dividend
 * cap and headroom, reserves, the reinvestment share against the minimum) and
 * {@code /board/resolutions} (meetings, resolutions, recording votes and closing them) for the
 * board; {@code /governance/ledger} (entries and financial years) for operators.
 */
package org.hearth.governance.pages;
