package org.hearth.reporting.annual;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One table of the report as CSV (RFC 4180: CRLF lines, fields quoted when they hold a comma, a
 * quote or a line break): a header of the columns' names, then the rows in their machine form
 * (amounts as plain decimals, dates ISO, rates as fractions; a row's name by its key's last part).
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static String of(ReportTable table) {
        StringBuilder out = new StringBuilder();
        line(out, table.columns());
        for (List<Cell> row : table.rows()) {
            line(out, row.stream().map(ReportCsv::value).toList());
        }
        return out.toString();
    }

    private static String value(Cell c) {
        if (c.value() == null) {
            return "";
        }
        return c.kind() == Cell.Kind.LABEL ? c.value().substring(c.value().lastIndexOf('.') + 1) : c.value();
    }

    private static void line(StringBuilder out, List<String> fields) {
        out.append(fields.stream().map(ReportCsv::field).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String field(String s) {
        String v = s == null ? "" : s;
        // A leading =, +, - or @ would be a formula to a spreadsheet; a quote-prefixed field stays text.
        if (!v.isEmpty() && "=+@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
