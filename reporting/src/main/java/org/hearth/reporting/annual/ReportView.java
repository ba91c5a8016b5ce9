package org.hearth.reporting.annual;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.kernel.money.Money;
import org.hearth.web.pages.Messages;

/**
 * The report in words for one reader: headings, tables with every value formatted for the
 * language, the narratives with who wrote them, and, on the page (not in print), a form per
 * narrative while it is a draft. The model of {@code annual-report.jte} and {@code annual-report-print.jte}.
 */
public final class ReportView {

    public record Table(String id, String caption, List<String> headers, List<Boolean> numeric, List<List<String>> rows, String empty,
                        String csv) {
    }

    /**
     * A narrative part: its text and byline, and the form's state.
     *
     * @param value what the form holds (the submitted text after a refusal, else the current text)
     */
    public record Text(String key, String label, String body, String byline, String action, String value, String error) {
    }

    public record Part(String id, String heading, List<Text> texts, List<Table> tables) {
    }

    public record Version(String part, String when, String author, String body) {
    }

    /** The page's or the print's model. */
    public record Page(Messages m, boolean print, String title, String company, String period, String status, String approval,
                       String digest, boolean editable, String csrf, String pdf, String error, String notice, List<Part> parts,
                       List<Version> history) {
    }

    /** A refused narrative: which part, what was submitted, and why. */
    public record Refusal(String part, String submitted, String reason) {
    }

    private ReportView() {
    }

    static String path(AnnualReport r) {
        return "/board/reports/" + r.startsOn();
    }

    public static Page of(Messages m, AnnualReport r, boolean print, String csrf, List<Narrative> history, Refusal refusal, String notice) {
        List<Part> parts = new ArrayList<>();
        for (ReportPart p : r.parts()) {
            List<Text> texts = p.narratives().stream().map(k -> text(m, r, k, refusal)).toList();
            List<Table> tables = p.tables().stream().map(t -> table(m, r, t)).toList();
            parts.add(new Part("part-" + p.key(), m.t("report.part." + p.key()), texts, tables));
        }
        List<Version> versions = history.stream().map(n -> new Version(m.t("report.narrative." + n.part()),
                m.dateTime(n.writtenAt()), n.author(), n.body())).toList();
        String title = m.t("report.title." + r.profile(), m.date(r.startsOn()), m.date(r.endsOn()));
        return new Page(m, print, title, r.company(), m.t("report.period", m.date(r.startsOn()), m.date(r.endsOn())),
                m.t(r.frozen() ? "report.status.approved" : "report.status.draft"),
                r.approval() == null ? null : m.t("report.approvedBy", r.approval().title(), m.date(r.approval().on())),
                r.frozen() ? m.t("report.digest", "sha256:" + r.digest()) : null,
                !r.frozen() && r.approval() == null && !print, csrf, path(r) + ".pdf",
                refusal == null ? null : m.t("report.refused", refusal.reason()), notice, parts, versions);
    }

    private static Text text(Messages m, AnnualReport r, String key, Refusal refusal) {
        Narrative n = r.narratives().get(key);
        String byline = n == null ? null : m.t("report.byline", n.author(), m.dateTime(n.writtenAt()));
        boolean refused = refusal != null && refusal.part().equals(key);
        return new Text(key, m.t("report.narrative." + key), n == null ? null : n.body(), byline, path(r) + "/narratives/" + key,
                refused ? refusal.submitted() : n == null ? "" : n.body(), refused ? refusal.reason() : null);
    }

    private static Table table(Messages m, AnnualReport r, ReportTable t) {
        List<String> headers = t.columns().stream().map(c -> m.t("report.column." + c)).toList();
        List<Boolean> numeric = new ArrayList<>();
        for (int i = 0; i < t.columns().size(); i++) {
            int col = i;
            numeric.add(!t.rows().isEmpty() && t.rows().stream().allMatch(row -> numeric(row.get(col).kind())));
        }
        List<List<String>> rows = t.rows().stream().map(row -> row.stream().map(c -> format(m, r.currency(), c)).toList()).toList();
        return new Table("table-" + t.key(), m.t("report.table." + t.key()), headers, numeric, rows, m.t("report.none"),
                path(r) + "/" + t.key() + ".csv");
    }

    private static boolean numeric(Cell.Kind kind) {
        return kind == Cell.Kind.MONEY || kind == Cell.Kind.COUNT || kind == Cell.Kind.RATE;
    }

    static String format(Messages m, String currency, Cell c) {
        if (c.value() == null) {
            return m.t("report.notApplicable");
        }
        return switch (c.kind()) {
            case TEXT -> c.value();
            case LABEL -> m.t(c.value());
            case MONEY -> m.money(Money.of(c.value(), currency));
            case RATE -> m.formats().percent(new BigDecimal(c.value()));
            case COUNT -> m.number(Long.parseLong(c.value()));
            case DATE -> m.date(LocalDate.parse(c.value()));
            case YES_NO -> m.t(Boolean.parseBoolean(c.value()) ? "report.yes" : "report.no");
        };
    }

}
