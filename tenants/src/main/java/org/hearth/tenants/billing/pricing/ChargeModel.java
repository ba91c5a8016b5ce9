package org.hearth.tenants.billing.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** How a component turns its quantity into an amount: a closed set, named in the plans document by {@link #code()}. */
public sealed interface ChargeModel {

    String code();

    /** A flat fee per period, prorated by the days the plan version applies. */
    record Subscription(BigDecimal fee) implements ChargeModel {
        public Subscription {
            Objects.requireNonNull(fee, "fee");
        }

        @Override
        public String code() {
            return "subscription";
        }
    }

    /** Every chargeable unit at one price. */
    record Standard(BigDecimal unitPrice) implements ChargeModel {
        public Standard {
            Objects.requireNonNull(unitPrice, "unitPrice");
        }

        @Override
        public String code() {
            return "standard";
        }
    }

    /** Each band's units at the band's price, plus the band's flat fee once a unit falls in it. */
    record Graduated(List<Tier> tiers) implements ChargeModel {
        public Graduated {
            tiers = List.copyOf(tiers);
        }

        @Override
        public String code() {
            return "graduated";
        }
    }

    /** All chargeable units at the price of the one band the period's total falls in, plus that band's flat fee. */
    record Volume(List<Tier> tiers) implements ChargeModel {
        public Volume {
            tiers = List.copyOf(tiers);
        }

        @Override
        public String code() {
            return "volume";
        }
    }

    /** {@code blockPrice} per started block of {@code blockSize} chargeable units. */
    record Package(BigDecimal blockSize, BigDecimal blockPrice) implements ChargeModel {
        public Package {
            Objects.requireNonNull(blockSize, "blockSize");
            Objects.requireNonNull(blockPrice, "blockPrice");
        }

        @Override
        public String code() {
            return "package";
        }
    }

    /**
     * Per declared transaction: {@code ratePercent} of its value plus {@code fixedFee}, then raised to
     * {@code minimum} and capped at {@code maximum} when they are given.
     */
    record Percentage(BigDecimal ratePercent, BigDecimal fixedFee, Optional<BigDecimal> minimum,
            Optional<BigDecimal> maximum) implements ChargeModel {
        public Percentage {
            Objects.requireNonNull(ratePercent, "ratePercent");
            Objects.requireNonNull(fixedFee, "fixedFee");
            Objects.requireNonNull(minimum, "minimum");
            Objects.requireNonNull(maximum, "maximum");
        }

        @Override
        public String code() {
            return "percentage";
        }
    }
}
