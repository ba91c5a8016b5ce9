package org.hearth.reporting.annual;

import gg.jte.output.StringOutput;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.web.Calls;
import org.hearth.web.pages.Frames;
import org.hearth.web.pages.Layout;
import org.hearth.web.pages.Messages;
import org.hearth.web.pages.Pdf;
import org.hearth.web.pages.Templates;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/**
 * {@code /board/reports/{year}} (the year named by its first day, e.g. {@code 2025-04-01}): the
 * annual report for the board, which writes its narratives there (operators may read it), with the
 * PDF at {@code /board/reports/{year}.pdf} and one CSV per table at
 * {@code /board/reports/{year}/{table}.csv}; the page and the PDF come from the same template.
 */
public final class AnnualReportPages {

    static final Templates TEMPLATES = Templates.precompiled(AnnualReportPages.class, "org.hearth.reporting.jte");

    private final Security security;
    private final Frames frames;
    private final AnnualReports reports;

    public AnnualReportPages(Security security, AnnualReports reports) {
        this.security = security;
        this.frames = new Frames(security);
        this.reports = reports;
    }

    public void mount(Router router) {
        var read = security.pageGuard(Access.GOVERNANCE);
        var write = security.pageGuard(Access.BOARD);
        router.get("/board/reports").handler(read).handler(this::index);
        router.getWithRegex("/board/reports/([0-9]{4}-[0-9]{2}-[0-9]{2})\\.pdf").handler(read).handler(this::pdf);
        router.getWithRegex("/board/reports/([0-9]{4}-[0-9]{2}-[0-9]{2})/([a-z_]{1,40})\\.csv").handler(read).handler(this::csv);
        router.getWithRegex("/board/reports/([0-9]{4}-[0-9]{2}-[0-9]{2})").handler(read).handler(rc -> page(rc, null, null));
        router.postWithRegex("/board/reports/([0-9]{4}-[0-9]{2}-[0-9]{2})/narratives/([a-z_]{1,40})")
                .handler(BodyHandler.create(false).setBodyLimit(128 * 1024)).handler(write).handler(this::write);
    }

    /** A year in the list: its report's link once closed. */
    public record YearLink(String id, String period, String href, String state) {
    }

    /** {@code report/index.jte}'s model. */
    public record Index(Messages m, List<YearLink> years) {
    }

    private void index(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        List<YearLink> years = reports.years().stream().map(y -> new YearLink("year-" + y.startsOn(),
                m.t("report.period", m.date(y.startsOn()), m.date(y.endsOn())), y.open() ? null : "/board/reports/" + y.startsOn(),
                m.t(y.open() ? "report.index.open" : y.annualReportResolution() == null ? "report.index.draft" : "report.index.approved"))).toList();
        Layout.send(rc, frames.of(rc, m, m.t("report.index.title")), TEMPLATES.render("report/index.jte", new Index(m, years)));
    }

    private static String year(RoutingContext rc) {
        return rc.pathParam("param0");
    }

    private void write(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        String part = rc.pathParam("param1");
        String body = rc.request().getFormAttribute("body");
        if (!reports.narrativeKeys().contains(part)) {
            throw new HearthException(ErrorCode.NOT_FOUND, "The report has no narrative part " + part + ".");
        }
        try {
            reports.write(Calls.context(rc, "page.annual_report.narrative"), year(rc), part, body);
            rc.response().setStatusCode(303).putHeader("Location", "/board/reports/" + year(rc) + "?done=narrative-saved#narrative-" + part).end();
        } catch (HearthException e) {
            if (e.code() != ErrorCode.VALIDATION_FAILED && e.code() != ErrorCode.CONFLICT) {
                throw e;
            }
            rc.response().setStatusCode(e.code().status());
            String reason = e.code() == ErrorCode.CONFLICT ? m.t("report.reason.approved")
                    : body == null || body.isBlank() ? m.t("report.reason.empty") : m.t("report.reason.tooLong", AnnualReports.MAX_NARRATIVE);
            page(rc, new ReportView.Refusal(part, body == null ? "" : body, reason), null);
        }
    }

    private void page(RoutingContext rc, ReportView.Refusal refusal, String notice) {
        Messages m = Messages.forRequest(rc);
        var ctx = Calls.context(rc, "page.annual_report");
        AnnualReport report = reports.report(ctx, year(rc));
        List<Narrative> history = reports.history(ctx, year(rc));
        ReportView.Page view = ReportView.of(m, report, false, frames.csrf(rc), history, refusal, notice);
        Layout.send(rc, frames.of(rc, m, view.title()), TEMPLATES.render("report/page.jte", view));
    }

    private void pdf(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        AnnualReport report = reports.report(Calls.context(rc, "page.annual_report.pdf"), year(rc));
        byte[] pdf = Pdf.of(print(m, report));
        rc.response().putHeader("Content-Type", "application/pdf").putHeader("Cache-Control", "no-store")
                .putHeader("Content-Disposition", "inline; filename=\"annual-report-" + report.startsOn() + ".pdf\"")
                .end(io.vertx.core.buffer.Buffer.buffer(pdf));
    }

    /** The print variant: the same content as the page, as a standalone XHTML document. */
    static String print(Messages m, AnnualReport report) {
        StringOutput out = new StringOutput(16384);
        TEMPLATES.render("report/print.jte", ReportView.of(m, report, true, null, List.of(), null, null)).writeTo(out);
        return out.toString();
    }

    private void csv(RoutingContext rc) {
        AnnualReport report = reports.report(Calls.context(rc, "page.annual_report.csv"), year(rc));
        String key = rc.pathParam("param1");
        ReportTable table = report.table(key).orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "The report has no table " + key + "."));
        rc.response().putHeader("Content-Type", "text/csv; charset=utf-8").putHeader("Cache-Control", "no-store")
                .putHeader("Content-Disposition", "attachment; filename=\"annual-report-" + report.startsOn() + "-" + key + ".csv\"")
                .end(io.vertx.core.buffer.Buffer.buffer(ReportCsv.of(table).getBytes(StandardCharsets.UTF_8)));
    }
}
