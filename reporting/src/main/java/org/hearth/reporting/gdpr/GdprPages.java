package org.hearth.reporting.gdpr;

import gg.jte.output.StringOutput;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.hearth.datastore.Record;
import org.hearth.web.Calls;
import org.hearth.web.pages.Frames;
import org.hearth.web.pages.Layout;
import org.hearth.web.pages.Messages;
import org.hearth.web.pages.Pdf;
import org.hearth.web.pages.Templates;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/**
 * {@code /staff/gdpr/processing} (and {@code .pdf}): the Article 30 record, for operators;
 * {@code /account/access-report} (and {@code .pdf}): the signed-in individual's Article 15 report.
 * The page and its PDF come from the same template; neither is ever cached.
 */
public final class GdprPages {

    private static final Templates TEMPLATES = Templates.precompiled(GdprPages.class, "org.hearth.reporting.jte");
    private static final String PDF_STYLE = "body{font-family:'" + Pdf.FONT + "';font-size:9pt}table{border-collapse:collapse;width:100%}"
            + "th,td{border:1px solid #999;padding:2pt;text-align:left;vertical-align:top}caption{font-weight:bold;text-align:left}";

    private final Security security;
    private final Frames frames;
    private final ProcessingRecord processing;
    private final AccessReport reports;

    public GdprPages(Security security, ProcessingRecord processing, AccessReport reports) {
        this.security = security;
        this.frames = new Frames(security);
        this.processing = processing;
        this.reports = reports;
    }

    public void mount(Router router) {
        var operator = security.pageGuard(Access.OPERATOR);
        router.get("/staff/gdpr/processing").handler(operator).handler(rc -> processing(rc, "pdf".equals(rc.request().getParam("format"))));
        router.get("/staff/gdpr/processing.pdf").handler(operator).handler(rc -> processing(rc, true));
        var individual = security.pageGuard(Access.INDIVIDUAL);
        router.get("/account/access-report").handler(individual).handler(rc -> accessReport(rc, false));
        router.get("/account/access-report.pdf").handler(individual).handler(rc -> accessReport(rc, true));
    }

    /** {@code processing.jte}'s model. */
    public record ProcessingView(Words w, ProcessingRecord.Register r, boolean pdf) {
    }

    /** One record as the report shows it: its fields in words, and who it came from. */
    public record RecordLine(String category, String title, List<String> fields, String source, java.time.OffsetDateTime updatedAt) {
    }

    /** {@code access-report.jte}'s model. */
    public record AccessReportView(Words w, AccessReport.Report r, List<RecordLine> records, boolean pdf) {
    }

    private void processing(RoutingContext rc, boolean pdf) {
        Messages m = Messages.forRequest(rc);
        ProcessingRecord.Register register = processing.register(Calls.context(rc, pdf ? "page.gdpr.processing_pdf" : "page.gdpr.processing"));
        send(rc, m, m.t("gdpr.processing.title"), "processing.jte", new ProcessingView(new Words(m), register, pdf), pdf, "hearth-processing-record.pdf");
    }

    private void accessReport(RoutingContext rc, boolean pdf) {
        Messages m = Messages.forRequest(rc);
        AccessReport.Report report = reports.of(Calls.context(rc, pdf ? "page.gdpr.access_report_pdf" : "page.gdpr.access_report"));
        Words w = new Words(m);
        List<RecordLine> lines = report.records().stream().map(r -> line(w, report, r)).toList();
        send(rc, m, m.t("gdpr.access.title"), "access-report.jte", new AccessReportView(w, report, lines, pdf), pdf, "hearth-access-report.pdf");
    }

    private static RecordLine line(Words w, AccessReport.Report report, Record r) {
        String source = r.provenanceTenantId() == null ? w.m().t("gdpr.source.self")
                : w.m().t("gdpr.source.delivered", orUnknown(w, report.organisation(r.provenanceTenantId())));
        return new RecordLine(w.category(r.category()), r.title(), fields(r.dataJson()), source, r.updatedAt());
    }

    static String orUnknown(Words w, String organisation) {
        return organisation == null ? w.m().t("gdpr.organisation.unknown") : organisation;
    }

    /** The record's top-level fields as "name: value" lines, so that people read words, not JSON. */
    static List<String> fields(String dataJson) {
        try {
            JsonObject data = new JsonObject(dataJson);
            return data.fieldNames().stream().map(k -> k + ": " + text(data.getValue(k))).toList();
        } catch (DecodeException | ClassCastException notAnObject) {
            return List.of();
        }
    }

    private static String text(Object value) {
        if (value instanceof JsonObject o) {
            return String.join("; ", o.fieldNames().stream().map(k -> k + " " + text(o.getValue(k))).toList());
        }
        if (value instanceof io.vertx.core.json.JsonArray a) {
            return String.join(", ", a.stream().map(GdprPages::text).toList());
        }
        return String.valueOf(value);
    }

    private void send(RoutingContext rc, Messages m, String title, String template, Object model, boolean pdf, String filename) {
        if (!pdf) {
            Layout.send(rc, frames.of(rc, m, title), TEMPLATES.render(template, model));
            return;
        }
        StringOutput body = new StringOutput(8192);
        TEMPLATES.render(template, model).writeTo(body);
        String xhtml = "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + m.language() + "\"><head><meta charset=\"utf-8\"/><title>"
                + escape(title) + "</title><style>" + PDF_STYLE + "</style></head><body><h1>" + escape(title) + "</h1>" + body + "</body></html>";
        rc.response().putHeader("Content-Type", "application/pdf").putHeader("Cache-Control", "no-store")
                .putHeader("Content-Disposition", "inline; filename=\"" + filename + "\"").end(io.vertx.core.buffer.Buffer.buffer(Pdf.of(xhtml)));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
