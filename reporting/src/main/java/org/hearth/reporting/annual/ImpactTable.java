package org.hearth.reporting.annual;

import java.util.List;

/**
 * The measured impact of the year: people whose store was open during it, records kept, agreements
 * given and the reads organisations made under an agreement. The board dashboard
 * ({@code reporting.impact}) shows the same figures; the queries are to be merged.
 */
final class ImpactTable {

    private ImpactTable() {
    }

    static ReportTable of(AnnualReportRepository.Impact impact) {
        return ReportTable.facts("impact", List.of(
                AccountsPart.fact("individuals", Cell.count(impact.individuals())),
                AccountsPart.fact("records", Cell.count(impact.records())),
                AccountsPart.fact("agreements", Cell.count(impact.agreements())),
                AccountsPart.fact("consentedReads", Cell.count(impact.consentedReads()))));
    }
}
