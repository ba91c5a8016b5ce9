package org.hearth.reporting.annual;

import java.util.List;

/**
 * One part of the report (a CIC34 part, or a section of a SCIC's management report): the
 * narratives the board writes for it (their keys) and the tables of figures the platform reads.
 * The heading is the message {@code report.part.<key>}.
 */
public record ReportPart(String key, List<String> narratives, List<ReportTable> tables) {

    public ReportPart {
        narratives = List.copyOf(narratives);
        tables = List.copyOf(tables);
    }
}
