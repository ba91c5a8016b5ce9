package org.hearth.governance.charter;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The body of law the operating company is incorporated under. It decides which caps and
 * reserves apply and which charter fields are required.
 */
public enum LegalProfile {
    /** UK community interest company: dividend cap and asset lock (SI 2005/1788). */
    UK_CIC("uk-cic", new CollegeLimits(1, BigDecimal.ZERO, new BigDecimal(100), "")),
    /**
     * French société coopérative d'intérêt collectif: indivisible reserves (loi 47-1775). At
     * least three member categories (art. 19 septies); no college above 50% or below 10% of
     * the votes (art. 19 octies).
     */
    FR_SCIC("fr-scic", new CollegeLimits(3, BigDecimal.TEN, new BigDecimal(50), "art. 19 octies of loi 47-1775"));

    /**
     * What the law says about colleges. These figures check the charter, so they cannot live in
     * it; they live here, named and sourced, rather than inline in a validator.
     *
     * @param minColleges the fewest colleges the charter may have
     * @param minWeight the least percent of the votes a college may hold (and always more than 0)
     * @param maxWeight each college's weight must be at most this percent
     * @param authority the provision the limits come from, quoted in errors; empty if none
     */
    public record CollegeLimits(int minColleges, BigDecimal minWeight, BigDecimal maxWeight, String authority) {
    }

    private final String code;
    private final CollegeLimits collegeLimits;

    LegalProfile(String code, CollegeLimits collegeLimits) {
        this.code = code;
        this.collegeLimits = collegeLimits;
    }

    /** The limits the law puts on member colleges under this profile. */
    public CollegeLimits collegeLimits() {
        return collegeLimits;
    }

    /** The spelling used in the charter, e.g. {@code uk-cic}. */
    public String code() {
        return code;
    }

    /** The profile spelled {@code code} exactly as in the charter; empty for anything else. */
    public static Optional<LegalProfile> fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }

    @Override
    public String toString() {
        return code;
    }
}
