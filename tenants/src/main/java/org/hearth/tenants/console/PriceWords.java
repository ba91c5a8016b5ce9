package org.hearth.tenants.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hearth.tenants.billing.pricing.ChargeModel;
import org.hearth.tenants.billing.pricing.Metric;
import org.hearth.tenants.billing.pricing.PriceComponent;
import org.hearth.tenants.billing.pricing.Tier;
import org.hearth.web.pages.Messages;

/**
 * Prices and quantities in words, in the page's language: "12,400 consented reads", "3.2 MB
 * exchanged", "€0.0002 each", a graduated ladder as one sentence per band. Unit prices keep the
 * decimals the plan gives them (a read at €0.0015); quantities are rounded for reading only.
 */
final class PriceWords {

    private final Messages m;
    private final Locale locale;

    PriceWords(Messages m) {
        this.m = m;
        this.locale = "fr".equals(m.language()) ? Locale.FRANCE : Locale.UK;
    }

    /** A price in {@code currency} with as many decimals as it has (at least the currency's). */
    String price(BigDecimal amount, Currency currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(Math.max(digits, amount.stripTrailingZeros().scale()));
        return spaces(format.format(amount));
    }

    /** A plain number as read: whole units as integers, others to one decimal (three below one). */
    String number(BigDecimal value) {
        BigDecimal shown = value.stripTrailingZeros().scale() <= 0 ? value.setScale(0, RoundingMode.HALF_UP)
                : value.abs().compareTo(BigDecimal.ONE) < 0 ? value.setScale(3, RoundingMode.HALF_UP).stripTrailingZeros()
                : value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.max(0, shown.scale()));
        format.setMinimumFractionDigits(Math.max(0, shown.scale()));
        return spaces(format.format(shown));
    }

    /** A quantity of a metric in words: "12,400 consented reads"; the value of declared transactions in money. */
    String quantity(Metric metric, BigDecimal quantity, Currency currency) {
        if (metric == Metric.TRANSACTION_VALUE) {
            return m.t("con.qty.transaction_value", price(quantity.setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_UP),
                    currency));
        }
        return m.t("con.qty." + metric.code(), number(quantity), quantity);
    }

    /** What one unit of the metric is called, plural: "consented reads". */
    String unitName(Metric metric) {
        return m.t("con.unit." + metric.code());
    }

    /** A component of a price list in words: its heading and one sentence per rule. */
    BillingModels.Component component(PriceComponent c, Currency currency) {
        List<String> rules = new ArrayList<>();
        String title = m.t(c.descriptionKey());
        Optional<Metric> metric = c.metric();
        // With a free allowance, the price applies to what is past it: "Then …".
        String after = "";
        if (c.freeAllowance().signum() > 0 && metric.isPresent()) {
            rules.add(m.t("con.plan.free", quantity(metric.get(), c.freeAllowance(), currency)));
            after = "After";
        }
        switch (c.model()) {
            case ChargeModel.Subscription s -> rules.add(m.t("con.plan.subscription", price(s.fee(), currency)));
            case ChargeModel.Standard s -> rules.add(m.t("con.plan.standard" + after, price(s.unitPrice(), currency)));
            case ChargeModel.Graduated g -> {
                rules.add(m.t("con.plan.graduated" + after));
                rules.addAll(tiers(g.tiers(), currency, metric.orElseThrow()));
            }
            case ChargeModel.Volume v -> {
                rules.add(m.t("con.plan.volume" + after));
                rules.addAll(tiers(v.tiers(), currency, metric.orElseThrow()));
            }
            case ChargeModel.Package p -> rules.add(m.t("con.plan.package" + after, price(p.blockPrice(), currency), quantity(metric.orElseThrow(), p.blockSize(),
                    currency)));
            case ChargeModel.Percentage p -> {
                rules.add(m.t("con.plan.percentage", number(p.ratePercent())));
                if (p.fixedFee().signum() > 0) {
                    rules.add(m.t("con.plan.fixedFee", price(p.fixedFee(), currency)));
                }
                p.minimum().ifPresent(min -> rules.add(m.t("con.plan.minimum", price(min, currency))));
                p.maximum().ifPresent(max -> rules.add(m.t("con.plan.maximum", price(max, currency))));
            }
        }
        c.spendingMinimum().ifPresent(min -> rules.add(m.t("con.plan.spendingMinimum", m.money(min))));
        return new BillingModels.Component(title, rules);
    }

    /** One sentence per band: "up to 10,000: €0.01 each", the last "above 100,000: €0.003 each", flat fees said once. */
    private List<String> tiers(List<Tier> tiers, Currency currency, Metric metric) {
        List<String> words = new ArrayList<>();
        BigDecimal from = BigDecimal.ZERO;
        for (Tier tier : tiers) {
            String each = m.t("con.plan.each", price(tier.unitPrice(), currency), unitName(metric));
            String band = tier.upTo().map(upTo -> m.t("con.plan.tierUpTo", number(upTo), each)).orElse(m.t("con.plan.tierAbove", number(from), each));
            if (tier.flatFee().signum() > 0) {
                band = m.t("con.plan.tierFlat", band, price(tier.flatFee(), currency));
            }
            words.add(band);
            from = tier.upTo().orElse(from);
        }
        return words;
    }

    private static String spaces(String formatted) {
        return formatted.replace('\u202f', '\u00a0');
    }
}
