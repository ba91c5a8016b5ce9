package org.hearth.tenants.billing.plans;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hearth.tenants.billing.pricing.ChargeModel;
import org.hearth.tenants.billing.pricing.PlanVersion;
import org.hearth.tenants.billing.pricing.PriceComponent;
import org.hearth.tenants.billing.pricing.Tier;
import org.hearth.web.pages.Messages;

/**
 * A price version in words, in the reader's language: "€0.010 per consented read after the first
 * 1,000, up to 10,000; then …", "Subscription €49.00 per month", "At least €1,500.00 per month".
 * One sentence per component, then the version's commitment, threshold and limits.
 */
final class PriceWords {

    private final Messages m;
    private final Currency currency;

    private PriceWords(Messages m, Currency currency) {
        this.m = m;
        this.currency = currency;
    }

    static List<String> of(Messages m, PlanVersion version) {
        return new PriceWords(m, version.currency()).sentences(version);
    }

    private List<String> sentences(PlanVersion v) {
        List<String> out = new ArrayList<>();
        if (v.components().isEmpty()) {
            out.add(m.t("plans.words.free"));
        }
        for (PriceComponent c : v.components()) {
            String sentence = component(c);
            if (c.spendingMinimum().isPresent()) {
                sentence += " " + m.t("plans.words.spendingMinimum", m.money(c.spendingMinimum().get()));
            }
            out.add(sentence);
        }
        v.minimumCommitment().ifPresent(c -> out.add(m.t("plans.words.commitment", m.money(c))));
        v.invoiceThreshold().ifPresent(t -> out.add(m.t("plans.words.threshold", m.money(t))));
        v.hardLimits().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.add(m.t("plans.words.limit", count(e.getValue()), m.t("plans.units." + e.getKey().code()))));
        return out;
    }

    private String component(PriceComponent c) {
        String unit = c.metric().map(metric -> m.t("plans.unit." + metric.code())).orElse("");
        String units = c.metric().map(metric -> m.t("plans.units." + metric.code())).orElse("");
        String after = c.freeAllowance().signum() > 0 ? " " + m.t("plans.words.afterFirst", count(c.freeAllowance())) : "";
        return switch (c.model()) {
            case ChargeModel.Subscription s -> m.t("plans.words.subscription", price(s.fee()));
            case ChargeModel.Standard s -> m.t("plans.words.perUnit", price(s.unitPrice()), unit) + after + ".";
            case ChargeModel.Package p -> m.t("plans.words.package", price(p.blockPrice()), count(p.blockSize()), units) + after + ".";
            case ChargeModel.Graduated g -> graduated(g.tiers(), unit, after);
            case ChargeModel.Volume vol -> volume(vol.tiers(), units, c.freeAllowance());
            case ChargeModel.Percentage p -> percentage(p);
        };
    }

    private String graduated(List<Tier> tiers, String unit, String after) {
        List<String> bands = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            Tier t = tiers.get(i);
            String band = m.t("plans.words.perUnit", price(t.unitPrice()), unit) + (i == 0 ? after : "")
                    + t.upTo().map(u -> ", " + m.t("plans.words.upTo", count(u))).orElse(i == 0 ? "" : " " + m.t("plans.words.beyond"))
                    + flat(t);
            bands.add(band);
        }
        return String.join("; " + m.t("plans.words.then") + " ", bands) + ".";
    }

    private String volume(List<Tier> tiers, String units, BigDecimal allowance) {
        List<String> bands = new ArrayList<>();
        for (Tier t : tiers) {
            bands.add(t.upTo().map(u -> m.t("plans.words.volumeUpTo", price(t.unitPrice()), count(u)))
                    .orElse(m.t("plans.words.volumeBeyond", price(t.unitPrice()))) + flat(t));
        }
        String free = allowance.signum() > 0 ? " " + m.t("plans.words.freeFirst", count(allowance), units) : "";
        return m.t("plans.words.volume", units) + " " + String.join("; ", bands) + "." + free;
    }

    private String percentage(ChargeModel.Percentage p) {
        String out = m.t("plans.words.percentage", m.formats().number(p.ratePercent()));
        if (p.fixedFee().signum() > 0) {
            out += " " + m.t("plans.words.fixedFee", price(p.fixedFee()));
        }
        if (p.minimum().isPresent()) {
            out += ", " + m.t("plans.words.atLeast", price(p.minimum().get()));
        }
        if (p.maximum().isPresent()) {
            out += ", " + m.t("plans.words.atMost", price(p.maximum().get()));
        }
        return out + ".";
    }

    private String flat(Tier t) {
        return t.flatFee().signum() > 0 ? ", " + m.t("plans.words.flatFee", price(t.flatFee())) : "";
    }

    private String count(BigDecimal units) {
        BigDecimal plain = units.stripTrailingZeros();
        return m.formats().number(plain.scale() < 0 ? plain.setScale(0) : plain);
    }

    /** A unit price, which may have more decimals than the currency: all of them shown, at least the currency's. */
    private String price(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance("fr".equals(m.language()) ? Locale.FRANCE : Locale.UK);
        format.setCurrency(currency);
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(Math.max(digits, amount.scale()));
        format.setMaximumFractionDigits(Math.max(digits, amount.scale()));
        return format.format(amount).replace('\u202f', '\u00a0');
    }

}
