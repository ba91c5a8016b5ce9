package org.hearth.reporting.impact;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.money.Money;
import org.hearth.reporting.charts.Bar;
import org.hearth.reporting.charts.BarChart;
import org.hearth.web.Calls;
import org.hearth.web.pages.Frames;
import org.hearth.web.pages.Messages;
import org.hearth.web.pages.Templates;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/** {@code /board/impact}: the dashboard, with a period form, charts and the tables of their figures. */
public final class ImpactPages {

    private static final Templates TEMPLATES = Templates.precompiled(ImpactPages.class, "org.hearth.reporting.jte");

    private final Security security;
    private final Frames frames;
    private final ImpactReport report;

    public ImpactPages(Security security, ImpactReport report) {
        this.security = security;
        this.frames = new Frames(security);
        this.report = report;
    }

    public void mount(Router router) {
        router.get("/board/impact").handler(security.pageGuard(Access.GOVERNANCE)).handler(this::page);
    }

    private void page(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        String from = rc.queryParams().get("from");
        String to = rc.queryParams().get("to");
        ImpactView view;
        try {
            Period period = report.period(from, to);
            view = view(m, period.from().toString(), period.to().toString(), null, report.figures(Calls.context(rc, "page.board.impact"), period));
        } catch (HearthException e) {
            if (e.code().status() != 400) {
                throw e;
            }
            rc.response().setStatusCode(400);
            view = view(m, from == null ? "" : from, to == null ? "" : to, m.t("impact.error.period"), null);
        }
        frames.send(rc, frames.of(rc, m, m.t("impact.title")), TEMPLATES.render("impact.jte", view));
    }

    /** {@code impact.jte}'s model: the form's values, the error, and (without an error) the figures. */
    public record ImpactView(Messages m, String from, String to, String error, List<BarChart> charts, List<Row> people, List<Row> money,
                             List<YearRow> years, List<Row> projects, List<Row> agreements, List<Row> tenants) {

        /** A date of the form as the page's language writes it: ISO in English (as the board's pages do), French notation in French. */
        public String shown(String iso) {
            return "fr".equals(m.language()) ? m.date(java.time.LocalDate.parse(iso)) : iso;
        }
    }

    /** A labelled figure; {@code detail} is a second figure or null. */
    public record Row(String label, String value, String detail) {
    }

    public record YearRow(String period, String result, String reinvested, String minimum, boolean below, String headroom) {
    }

    private static ImpactView view(Messages m, String from, String to, String error, ImpactReport.Figures f) {
        if (f == null) {
            return new ImpactView(m, from, to, error, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        Finance fin = f.finance();
        People p = f.people();
        List<BarChart> charts = new ArrayList<>();
        charts.add(new BarChart("revenue-by-month", m.t("impact.chart.revenueMonths"), m.t("impact.chart.revenueMonths.desc", m.money(fin.revenue())),
                fin.months().stream().map(x -> money(m, month(m, x.month()), x.revenue())).toList()));
        charts.add(new BarChart("costs-by-month", m.t("impact.chart.costsMonths"), m.t("impact.chart.costsMonths.desc", m.money(fin.costs())),
                fin.months().stream().map(x -> money(m, month(m, x.month()), x.costs())).toList()));
        charts.add(new BarChart("revenue-by-source", m.t("impact.chart.sources"), m.t("impact.chart.sources.desc"),
                fin.revenueBySource().stream().map(a -> money(m, account(m, a), a.amount())).toList()));
        charts.add(new BarChart("costs-by-category", m.t("impact.chart.categories"), m.t("impact.chart.categories.desc"),
                fin.costsByCategory().stream().map(a -> money(m, account(m, a), a.amount())).toList()));
        Map<String, Long> byStatus = new LinkedHashMap<>();
        List.of("active", "revoked", "expired").forEach(s -> byStatus.put(s, 0L));
        p.agreements().forEach(a -> byStatus.merge(a.status(), a.count(), Long::sum));
        charts.add(new BarChart("agreements-by-status", m.t("impact.chart.agreements"), m.t("impact.chart.agreements.desc"),
                byStatus.entrySet().stream().map(e -> count(m, m.t("impact.agreement." + e.getKey()), e.getValue())).toList()));
        Map<String, Long> byKind = new LinkedHashMap<>();
        p.tenants().forEach(t -> byKind.merge(t.kind(), t.count(), Long::sum));
        charts.add(new BarChart("tenants-by-kind", m.t("impact.chart.tenants"), m.t("impact.chart.tenants.desc"),
                byKind.entrySet().stream().map(e -> count(m, m.tOr("impact.kind." + e.getKey(), e.getKey()), e.getValue())).toList()));
        List<Row> people = List.of(
                row(m, "impact.people.active", p.active()), row(m, "impact.people.registered", p.registered()),
                row(m, "impact.people.erased", p.erased()), row(m, "impact.records.held", p.recordsHeld()),
                row(m, "impact.records.delivered", p.recordsDelivered()), row(m, "impact.reads", p.consentedReads()),
                row(m, "impact.revocations", p.revocations()), row(m, "impact.erasures", p.erasuresHonoured()),
                new Row(m.t("impact.erasureMedian"), p.medianHoursToHonourErasure() == null ? m.t("impact.none")
                        : m.t("impact.hours", m.formats().number(BigDecimal.valueOf(p.medianHoursToHonourErasure()).setScale(1, java.math.RoundingMode.HALF_UP))), null),
                row(m, "impact.pilots", f.pilots()));
        List<Row> money = List.of(new Row(m.t("impact.revenue"), m.money(fin.revenue()), null), new Row(m.t("impact.costs"), m.money(fin.costs()), null),
                new Row(m.t("impact.surplus"), m.money(fin.surplus()), null));
        List<YearRow> years = fin.years().stream().map(y -> year(m, y)).toList();
        List<Row> projects = fin.projects().stream().map(s -> new Row(s.name(), m.money(s.allocated()), m.money(s.spent()))).toList();
        List<Row> agreements = p.agreements().stream().map(a -> new Row(a.purpose(), m.t("impact.agreement." + a.status()), m.number(a.count()))).toList();
        List<Row> tenants = p.tenants().stream().map(t -> new Row(m.tOr("impact.kind." + t.kind(), t.kind()),
                t.plan() == null ? m.t("impact.noPlan") : "fr".equals(m.language()) ? t.planFrench() : t.planEnglish(), m.number(t.count()))).toList();
        return new ImpactView(m, from, to, error, charts, people, money, years, projects, agreements, tenants);
    }

    private static YearRow year(Messages m, org.hearth.governance.BoardFigures.Year y) {
        String reinvested = y.reinvestedShare() == null ? m.t("impact.none") : m.formats().percent(y.reinvestedShare());
        String minimum = y.minimumShare() == null ? m.t("impact.none") : m.formats().percent(y.minimumShare());
        String headroom;
        if (y.dividendHeadroom() != null) {
            headroom = m.t("impact.headroom", m.money(y.dividendHeadroom()));
        } else if (y.legalReserve() != null) {
            headroom = m.t("impact.reserves", m.money(y.legalReserve()), m.money(y.statutoryReserve()));
        } else {
            headroom = m.t(y.open() ? "impact.yearOpen" : "impact.none");
        }
        return new YearRow(m.t("impact.yearPeriod", day(m, y.startsOn()), day(m, y.endsOn())), m.money(y.result()), reinvested, minimum,
                y.belowMinimum(), headroom);
    }

    private static String day(Messages m, java.time.LocalDate date) {
        return "fr".equals(m.language()) ? m.date(date) : date.toString();
    }

    private static String month(Messages m, java.time.YearMonth month) {
        return month.format(java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.forLanguageTag(m.language())));
    }

    /** The account's name; the seeded chart's accounts have a French name (governance's messages), others keep theirs. */
    private static String account(Messages m, Finance.AccountAmount a) {
        return "fr".equals(m.language()) && a.seeded() ? m.tOr("gov.accountName." + a.code(), a.name()) : a.name();
    }

    private static Bar money(Messages m, String label, Money amount) {
        return new Bar(label, amount.amount(), m.money(amount));
    }

    private static Bar count(Messages m, String label, long n) {
        return new Bar(label, BigDecimal.valueOf(n), m.number(n));
    }

    private static Row row(Messages m, String key, long n) {
        return new Row(m.t(key), m.number(n), null);
    }
}
