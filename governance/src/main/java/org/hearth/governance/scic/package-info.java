/**
 * The rules of a French société coopérative d'intérêt collectif (profile {@code fr-scic}), as pure
 * functions over records: no database, no HTTP, no JSON.
 *
 * <ul>
 *   <li>{@link org.hearth.governance.scic.ReserveAllocation}: at closing, the least of the
 *       surplus that must go to the legal reserve (art. 16 of loi 47-1775: until it equals the
 *       share capital's high-water mark, {@link org.hearth.governance.scic.ShareCapitalHistory})
 *       and to the statutory reserve (art. 19 nonies), and the check of a proposed allocation.
 *   <li>{@link org.hearth.governance.scic.ShareInterestCap}: the cap on interest paid on shares,
 *       the average TMO of the three calendar years before the general meeting plus the charter's
 *       margin (art. 14).
 *   <li>{@link org.hearth.governance.scic.PayRatio}: the pay limits of the ESUS approval (Code du
 *       travail L3332-17-1).
 * </ul>
 *
 * <p>Rates come from the charter's {@link org.hearth.governance.charter.ScicReserves}; reference
 * values that change every year (the TMO, the annual SMIC) are passed in as recorded data. Where
 * a rule must round an amount, it rounds so that it never allows more than the law: what must be
 * kept in reserve is rounded up to the cent.
 */
package org.hearth.governance.scic;
