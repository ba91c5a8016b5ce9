package org.hearth.reporting.annual;

import java.util.List;

/**
 * A table of the report: its key (the CSV file's name and the caption's message key
 * {@code report.table.<key>}), its columns' message keys ({@code report.column.<column>}) and rows.
 */
public record ReportTable(String key, List<String> columns, List<List<Cell>> rows) {

    public ReportTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table " + key + ": a row has " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    /** A two-column table of named figures: each row a label and its value. */
    public static ReportTable facts(String key, List<List<Cell>> rows) {
        return new ReportTable(key, List.of("item", "value"), rows);
    }

    /** The value of the fact row labelled {@code label}, for tests and reconciliation. */
    public String fact(String label) {
        return rows.stream().filter(r -> r.getFirst().kind() == Cell.Kind.LABEL && label.equals(r.getFirst().value()))
                .map(r -> r.get(1).value()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("table " + key + " has no row " + label));
    }
}
