package org.hearth.reporting.transparency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hearth.kernel.money.Money;
import org.hearth.web.pages.Messages;

/** The report in the reader's words: every figure formatted, every code turned into a name. */
public record TransparencyView(Messages m, String intro, String jsonHref, String csvHref, String schemaHref, String licenceHref,
                               String generatedAt, List<PeriodView> periods) {

    /** A label and its formatted figure. */
    public record Row(String label, String value) {
    }

    public record PeriodView(String id, String title, String dates, String moneyInWords, String reinvestedInWords, String dividendsInWords,
                             List<Row> revenue, String revenueTotal, List<Row> costs, String costsTotal, List<Row> projects,
                             List<Row> service, List<Row> organisations, List<Row> agreements) {
    }

    static TransparencyView of(Messages m, Report r) {
        List<PeriodView> periods = new ArrayList<>();
        r.periods().forEach(p -> periods.add(period(m, p, r.minimumCount())));
        return new TransparencyView(m, m.t("transparency.intro", r.operator(), r.minimumCount()), OpenData.JSON_PATH,
                OpenData.CSV_PATH, OpenData.SCHEMA_PATH, OpenData.LICENCE_URL, m.dateTime(r.generatedAt()), periods);
    }

    private static PeriodView period(Messages m, Report.Period p, int minimum) {
        String title = m.t(p.closed() ? "transparency.period.closed" : "transparency.period.open", m.date(p.from()), m.date(p.to()));
        String result = p.surplus().isNegative() ? m.t("transparency.loss", m.money(p.surplus().negate())) : m.t("transparency.surplus", m.money(p.surplus()));
        String money = m.t("transparency.money", m.money(p.revenueTotal()), m.money(p.costsTotal()), result);
        return new PeriodView(p.id(), title, m.t("transparency.dates", m.date(p.from()), m.date(p.to())), money, reinvested(m, p), dividends(m, p),
                lines(m, "transparency.revenue.", p.revenue()), m.money(p.revenueTotal()),
                lines(m, "transparency.cost.", p.costs()), m.money(p.costsTotal()),
                p.reinvestment() == null ? List.of() : lines(m, "transparency.project.", p.reinvestment().projects()),
                List.of(new Row(m.t("transparency.individuals"), count(m, p.individuals(), minimum)),
                        new Row(m.t("transparency.pilots"), p.pilots() == 0 ? m.t("transparency.pilots.none") : m.number(p.pilots())),
                        new Row(m.t("transparency.erasures"), count(m, p.erasures(), minimum))),
                breakdown(m, "transparency.kind.", p.organisations(), 2), breakdown(m, "transparency.purpose.", p.agreements(), minimum));
    }

    private static String reinvested(Messages m, Report.Period p) {
        Report.Reinvestment r = p.reinvestment();
        if (r == null) {
            return m.t("transparency.reinvested.open");
        }
        if (r.share() == null) {
            return m.t("transparency.reinvested.noProfit");
        }
        String minimum = r.minimumShare() == null ? "" : " " + m.t("transparency.reinvested.minimum", percent(m, r.minimumShare()));
        return m.t("transparency.reinvested", m.money(r.retained()), percent(m, r.share())) + minimum;
    }

    private static String dividends(Messages m, Report.Period p) {
        Report.Dividends d = p.dividends();
        if (d == null) {
            return null;
        }
        String cap = d.cap() == null ? m.t("transparency.dividends.noCap")
                : m.t("transparency.dividends.cap", m.money(d.cap()), percent(m, d.capRate()));
        Money declared = d.declared().plus(d.exempt());
        return (declared.isZero() ? m.t("transparency.dividends.none") : m.t("transparency.dividends.declared", m.money(d.declared()),
                m.money(d.exempt()))) + " " + cap;
    }

    private static List<Row> lines(Messages m, String prefix, List<Report.Line> lines) {
        return lines.stream().map(l -> new Row(m.tOr(prefix + l.key(), l.name()), m.money(l.amount()))).toList();
    }

    private static List<Row> breakdown(Messages m, String prefix, Breakdown b, int minimum) {
        List<Row> rows = new ArrayList<>();
        b.parts().forEach(part -> rows.add(new Row(m.tOr(prefix + part.key(), words(part.key())), count(m, part.count(), minimum))));
        rows.add(new Row(m.t("transparency.total"), count(m, b.total(), minimum)));
        return rows;
    }

    private static String count(Messages m, Count c, int minimum) {
        return c.isSuppressed() ? m.t("transparency.fewerThan", minimum) : m.number(c.value());
    }

    private static String percent(Messages m, BigDecimal share) {
        return m.formats().percent(share);
    }

    /** {@code dpv:ServiceProvision} becomes "Service provision": a name, not a code. */
    static String words(String code) {
        String name = code.substring(code.indexOf(':') + 1).replace('_', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return name.isEmpty() ? code : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
