package org.hearth.reporting.transparency;

import java.util.List;
import org.hearth.kernel.money.Money;

/**
 * The report as CSV (RFC 4180: CRLF line ends, a header row, fields with a comma, quote or line
 * break quoted and their quotes doubled): one row per figure. A suppressed figure has an empty
 * value and {@code suppressed} true.
 */
final class TransparencyCsv {

    static final String HEADER = "period,closed,section,figure,breakdown,value,unit,suppressed";

    private final StringBuilder out = new StringBuilder();
    private Report.Period period;

    private TransparencyCsv() {
    }

    static String of(Report r) {
        TransparencyCsv csv = new TransparencyCsv();
        csv.out.append(HEADER).append("\r\n");
        r.periods().forEach(csv::period);
        return csv.out.toString();
    }

    private void period(Report.Period p) {
        period = p;
        money("revenue", "total", "", p.revenueTotal());
        p.revenue().forEach(l -> money("revenue", "by_source", l.key(), l.amount()));
        money("costs", "total", "", p.costsTotal());
        p.costs().forEach(l -> money("costs", "by_category", l.key(), l.amount()));
        money("result", "surplus", "", p.surplus());
        if (p.dividends() != null) {
            money("dividends", "declared", "", p.dividends().declared());
            money("dividends", "exempt", "", p.dividends().exempt());
            if (p.dividends().cap() != null) {
                money("dividends", "cap", "", p.dividends().cap());
                row("dividends", "cap_rate", "", p.dividends().capRate().toPlainString(), "share", false);
            }
        }
        if (p.reinvestment() != null) {
            money("reinvestment", "retained", "", p.reinvestment().retained());
            if (p.reinvestment().share() != null) {
                row("reinvestment", "share", "", p.reinvestment().share().toPlainString(), "share", false);
            }
            if (p.reinvestment().minimumShare() != null) {
                row("reinvestment", "minimum_share", "", p.reinvestment().minimumShare().toPlainString(), "share", false);
            }
            p.reinvestment().projects().forEach(l -> money("reinvestment", "by_project", l.key(), l.amount()));
        }
        count("people", "individuals_served", "", p.individuals(), "individuals");
        breakdown("organisations", p.organisations(), "organisations");
        breakdown("agreements", p.agreements(), "agreements");
        count("pilots", "pilots", "", Count.of(p.pilots()), "pilots");
        count("people", "erasure_requests_honoured", "", p.erasures(), "individuals");
    }

    private void breakdown(String section, Breakdown b, String unit) {
        count(section, "total", "", b.total(), unit);
        b.parts().forEach(part -> count(section, "by_group", part.key(), part.count(), unit));
    }

    private void money(String section, String figure, String breakdown, Money m) {
        row(section, figure, breakdown, m.amount().toPlainString(), m.currency().getCurrencyCode(), false);
    }

    private void count(String section, String figure, String breakdown, Count c, String unit) {
        row(section, figure, breakdown, c.isSuppressed() ? "" : c.value().toString(), unit, c.isSuppressed());
    }

    private void row(String section, String figure, String breakdown, String value, String unit, boolean suppressed) {
        List<String> fields = List.of(period.id(), String.valueOf(period.closed()), section, figure, breakdown, value, unit,
                String.valueOf(suppressed));
        for (int i = 0; i < fields.size(); i++) {
            out.append(i == 0 ? "" : ",").append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
