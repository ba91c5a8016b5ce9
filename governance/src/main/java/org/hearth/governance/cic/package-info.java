/**
 * The rules of a UK community interest company (profile {@code uk-cic}), as pure functions over
 * records: no database, no HTTP, no JSON. The ledger gathers the figures, calls these rules and
 * books only what they allow; the community interest report shows the working they return.
 *
 * <ul>
 *   <li>{@link org.hearth.governance.cic.DistributableProfits}: distributable profits of a
 *       financial year (reg 2 of SI 2005/1788) from the company's {@link
 *       org.hearth.governance.cic.ClosedYear closed years}.
 *   <li>{@link org.hearth.governance.cic.DividendCap}: the aggregate dividend cap (reg 19) and
 *       exempt dividends (reg 17), deciding a proposed {@link org.hearth.governance.cic.Dividend}.
 *   <li>{@link org.hearth.governance.cic.PerformanceInterestCap}: the cap on performance-related
 *       interest (regs 21 and 22), fixed by the date of the loan agreement.
 *   <li>{@link org.hearth.governance.cic.AssetLock}: whether a transfer of assets is allowed by the
 *       asset lock (Schedules 1 to 3), and on which basis.
 * </ul>
 *
 * <p>Every rate comes from the {@link org.hearth.governance.charter.Charter}'s dated schedules,
 * never from a literal here: a change in the law is an edit to the charter. Amounts are {@link
 * org.hearth.kernel.money.Money}; where a rule must round, it rounds so that it never allows more
 * than the law (caps down, and what must be kept up). A rule that is broken returns a decision
 * saying so, with its reason and figures; an exception means the question itself cannot be put
 * (a year that is not closed, mixed currencies, malformed input).
 */
package org.hearth.governance.cic;
