package org.hearth.tenants.billing.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The exact (unrounded) amount each charge model gives one segment's quantity. Quantities are
 * placed on the run's ladder: {@code rawBefore} units of the same component were used earlier in
 * the run (the free allowance and the bands are the period's, not each segment's).
 */
final class Charges {

    /** Where a segment's quantity sits in its run. */
    record Position(BigDecimal rawBefore, BigDecimal raw, BigDecimal runRawTotal, boolean lastInRun) {
    }

    /** A charge before rounding. */
    record Charge(BigDecimal quantity, BigDecimal free, List<TierDetail> tiers, Optional<BigDecimal> unitPrice,
            BigDecimal exact) {
    }

    /** Enough decimals that rounding a prorated amount (a fraction of at most 31 days) to cents is a single rounding. */
    private static final int PRORATION_SCALE = 12;

    private Charges() {
    }

    static Charge subscription(ChargeModel.Subscription s, long days, long periodDays) {
        BigDecimal exact = s.fee().multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(periodDays), PRORATION_SCALE, RoundingMode.HALF_UP);
        return new Charge(BigDecimal.valueOf(days), BigDecimal.ZERO, List.of(), Optional.of(s.fee()), exact);
    }

    static Charge metered(ChargeModel model, BigDecimal allowance, Position p) {
        BigDecimal free = p.raw().min(allowance.subtract(p.rawBefore()).max(BigDecimal.ZERO));
        BigDecimal chargeable = p.raw().subtract(free);
        BigDecimal before = p.rawBefore().subtract(allowance).max(BigDecimal.ZERO);
        return switch (model) {
            case ChargeModel.Standard s -> new Charge(p.raw(), free, List.of(), Optional.of(s.unitPrice()),
                    chargeable.multiply(s.unitPrice()));
            case ChargeModel.Graduated g -> graduated(g, p.raw(), free, before, chargeable);
            case ChargeModel.Volume v -> volume(v, p, free, chargeable, p.runRawTotal().subtract(allowance).max(BigDecimal.ZERO));
            case ChargeModel.Package pk -> blocks(pk, p.raw(), free, before, chargeable);
            case ChargeModel.Subscription s -> throw new IllegalStateException("a subscription meters nothing");
            case ChargeModel.Percentage pc -> throw new IllegalStateException("a percentage rates transactions, not usage");
        };
    }

    static Charge percentage(ChargeModel.Percentage model, List<Transaction> transactions) {
        BigDecimal value = BigDecimal.ZERO;
        BigDecimal exact = BigDecimal.ZERO;
        BigDecimal rate = model.ratePercent().movePointLeft(2);
        for (Transaction t : transactions) {
            BigDecimal fee = t.value().amount().multiply(rate).add(model.fixedFee());
            fee = model.minimum().map(fee::max).orElse(fee);
            fee = model.maximum().map(fee::min).orElse(fee);
            value = value.add(t.value().amount());
            exact = exact.add(fee);
        }
        return new Charge(value, BigDecimal.ZERO, List.of(), Optional.of(model.ratePercent()), exact);
    }

    private static Charge graduated(ChargeModel.Graduated g, BigDecimal raw, BigDecimal free, BigDecimal before,
            BigDecimal chargeable) {
        List<TierDetail> details = new ArrayList<>();
        BigDecimal end = before.add(chargeable);
        BigDecimal lo = BigDecimal.ZERO;
        BigDecimal exact = BigDecimal.ZERO;
        for (Tier tier : g.tiers()) {
            BigDecimal start = before.max(lo);
            BigDecimal stop = tier.upTo().map(end::min).orElse(end);
            BigDecimal units = stop.subtract(start).max(BigDecimal.ZERO);
            if (units.signum() > 0) {
                // A band's flat fee is due once a period: in the segment where its first unit falls.
                BigDecimal fee = before.compareTo(lo) <= 0 ? tier.flatFee() : BigDecimal.ZERO;
                BigDecimal amount = units.multiply(tier.unitPrice()).add(fee);
                details.add(new TierDetail(lo, tier.upTo(), units, tier.unitPrice(), fee, amount));
                exact = exact.add(amount);
            }
            if (tier.upTo().isEmpty()) {
                break;
            }
            lo = tier.upTo().get();
        }
        return new Charge(raw, free, details, Optional.empty(), exact);
    }

    private static Charge volume(ChargeModel.Volume v, Position p, BigDecimal free, BigDecimal chargeable,
            BigDecimal runTotal) {
        if (runTotal.signum() == 0) {
            return new Charge(p.raw(), free, List.of(), Optional.empty(), BigDecimal.ZERO);
        }
        BigDecimal lo = BigDecimal.ZERO;
        Tier band = v.tiers().getLast();
        for (Tier tier : v.tiers()) {
            if (tier.upTo().isEmpty() || runTotal.compareTo(tier.upTo().get()) <= 0) {
                band = tier;
                break;
            }
            lo = tier.upTo().get();
        }
        // The band's flat fee is due once, with the run's last part, when the run's total is known.
        BigDecimal fee = p.lastInRun() ? band.flatFee() : BigDecimal.ZERO;
        BigDecimal amount = chargeable.multiply(band.unitPrice()).add(fee);
        TierDetail detail = new TierDetail(lo, band.upTo(), chargeable, band.unitPrice(), fee, amount);
        return new Charge(p.raw(), free, List.of(detail), Optional.of(band.unitPrice()), amount);
    }

    private static Charge blocks(ChargeModel.Package pk, BigDecimal raw, BigDecimal free, BigDecimal before,
            BigDecimal chargeable) {
        BigDecimal started = before.add(chargeable).divide(pk.blockSize(), 0, RoundingMode.CEILING)
                .subtract(before.divide(pk.blockSize(), 0, RoundingMode.CEILING));
        return new Charge(raw, free, List.of(), Optional.of(pk.blockPrice()), started.multiply(pk.blockPrice()));
    }
}
