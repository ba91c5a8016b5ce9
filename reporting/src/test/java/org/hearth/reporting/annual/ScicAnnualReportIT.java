package org.hearth.reporting.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.hearth.governance.closing.YearClosing;
import org.hearth.governance.ledger.EntryKind;
import org.hearth.governance.ledger.FinancialYear;
import org.junit.jupiter.api.Test;

/** A French SCIC's management report shows the reserve allocation closing booked, against the capital's high-water mark. */
class ScicAnnualReportIT {

    @Test
    void theReservesPartReportsTheAllocationAndTheHighWaterMarkItWasCheckedAgainst() {
        ReportBooks books = new ReportBooks("fr-scic.md", LocalDate.parse("2024-02-01"));
        FinancialYear year = books.open("2023-01-01");
        books.post("2023-02-01", EntryKind.SHARE_CAPITAL, "1000", "3000", "10000.00");
        // Members leave and take back 8000 of capital: the legal reserve's threshold stays the 10000 the capital reached.
        books.post("2023-03-01", EntryKind.SHARE_CAPITAL, "3000", "1000", "8000.00");
        books.post("2023-06-01", EntryKind.REVENUE, "1000", "4000", "5000.00");
        YearClosing.Closed closed = books.services.closing().close(books.as("closeYear"), year.id(), null, null);

        AnnualReport report = books.reports.report(books.as("annualReport"), "2023-01-01");

        assertThat(report.profile()).isEqualTo("fr-scic");
        assertThat(report.parts()).extracting(ReportPart::key)
                .containsExactly("accounts", "management_report", "reserves", "share_interest", "colleges", "pay_ratio");
        ReportTable reserves = report.table("reserves").orElseThrow();
        var status = books.services.status().of(year.id());
        assertThat(reserves.fact("report.fact.shareCapital")).isEqualTo(status.reserves().shareCapital().amount().toPlainString()).isEqualTo("2000.00");
        assertThat(reserves.fact("report.fact.capitalHighWaterMark")).isEqualTo(status.reserves().shareCapitalHighWaterMark().amount().toPlainString())
                .isEqualTo("10000.00");
        assertThat(reserves.fact("report.fact.surplusToAllocate")).isEqualTo("5000.00");
        assertThat(reserves.fact("report.fact.legalReserveMinimum")).isEqualTo(closed.allocation().minimums().legalReserve().amount().toPlainString())
                .isEqualTo("750.00");
        assertThat(reserves.fact("report.fact.statutoryReserveMinimum")).isEqualTo(closed.allocation().minimums().statutoryReserve().amount().toPlainString());
        assertThat(reserves.fact("report.fact.legalReserveAllocated")).isEqualTo(status.reserves().legalReserve().amount().toPlainString()).isEqualTo("750.00");
        assertThat(reserves.fact("report.fact.statutoryReserveAllocated")).isEqualTo(status.reserves().statutoryReserve().amount().toPlainString())
                .isEqualTo("2125.00");
        assertThat(reserves.fact("report.fact.indivisibleAllocated")).isEqualTo("2875.00");
        assertThat(reserves.fact("report.fact.legalReserveLimitedByCapital")).isEqualTo("false");
        assertThat(report.table("colleges").orElseThrow().rows()).hasSize(5);
        assertThat(report.table("pay_ratio").orElseThrow().fact("report.fact.smicMissing")).isEqualTo("2023");
        System.out.println("fr-scic reserves: " + reserves.rows());
    }
}
