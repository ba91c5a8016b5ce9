package org.hearth.governance.charter;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The shares of a French SCIC's surplus that go into indivisible reserves, and the margin over
 * the TMO that caps interest on shares. All are decimal shares: {@code 0.15} is 15%.
 *
 * @param legalReserveRate share of the surplus put to the legal reserve (art. 16)
 * @param statutoryReserveRate share of what remains put to the statutory reserve (art. 19 nonies)
 * @param shareInterestMargin points added to the average TMO to cap interest on shares (art. 14)
 */
public record ScicReserves(
        BigDecimal legalReserveRate, BigDecimal statutoryReserveRate, BigDecimal shareInterestMargin) {

    public ScicReserves {
        Objects.requireNonNull(legalReserveRate, "legalReserveRate");
        Objects.requireNonNull(statutoryReserveRate, "statutoryReserveRate");
        Objects.requireNonNull(shareInterestMargin, "shareInterestMargin");
    }

    /**
     * The least share of a year's surplus that ends in indivisible reserves while the legal
     * reserve is still below the highest share capital ever reached: {@code legal + statutory ×
     * (1 − legal)}, which is 0.575 with the statutory minimums. Once the legal reserve has caught
     * up with that high-water mark only the statutory share applies, and that decision belongs to
     * the ledger, not to the charter.
     */
    public BigDecimal minimumReinvestedShare() {
        return legalReserveRate.add(statutoryReserveRate.multiply(BigDecimal.ONE.subtract(legalReserveRate)));
    }
}
