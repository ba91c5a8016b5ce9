/**
 * How much of the profit the company made stayed in its mission, year by year and since the
 * first year, against the least the law requires; and which community projects that retained
 * profit has been allocated to. Pure functions over records: no database, no HTTP, no JSON.
 *
 * <ul>
 *   <li>{@link org.hearth.governance.reinvestment.ReinvestmentShare} turns each year's result and
 *       pay-out into a {@link org.hearth.governance.reinvestment.ReinvestmentReport}: per year and
 *       cumulatively, the profit generated, what was paid out, what was retained, and the least
 *       that had to be (uk-cic: what the dividend cap leaves; fr-scic: the indivisible reserves),
 *       flagging a share below it.
 *   <li>{@link org.hearth.governance.reinvestment.ProjectAllocations} tracks allocations of the
 *       retained profit to named community projects, refusing to allocate more than is retained
 *       and not yet allocated.
 * </ul>
 *
 * <p>This is the figure behind "must reinvest 65% of all its profits": an indicator for the
 * community-interest report and the transparency page. The binding checks are {@link
 * org.hearth.governance.cic.DividendCap} and {@link org.hearth.governance.scic.ReserveAllocation},
 * which this package reuses so that the minimum shown is the one those rules enforce.
 */
package org.hearth.governance.reinvestment;
