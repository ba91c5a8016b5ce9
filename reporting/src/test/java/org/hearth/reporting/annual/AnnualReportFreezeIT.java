package org.hearth.reporting.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.governance.board.ResolutionSubject;
import org.hearth.governance.distributions.DividendService;
import org.hearth.governance.ledger.EntryKind;
import org.hearth.governance.ledger.FinancialYear;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The report is a draft until the annual-report resolution passes; then it is frozen with its digest, whatever is booked later. */
class AnnualReportFreezeIT {

    private ReportBooks books;
    private FinancialYear year;

    @BeforeEach
    void setUp() {
        books = new ReportBooks("uk-cic.md", LocalDate.parse("2024-06-01"));
        year = books.open("2023-04-01");
        books.post("2023-05-01", EntryKind.REVENUE, "1000", "4000", "10000.00");
        books.post("2023-09-30", EntryKind.COST, "5000", "1000", "4000.00");
        books.services.closing().close(books.as("closeYear"), year.id(), null, null);
    }

    @Test
    void aDraftFollowsTheBooksAndItsNarrativesKeepWhoWroteWhat() {
        String ref = year.startsOn().toString();
        books.reports.write(books.as("writeNarrative"), ref, "community_benefit", "We kept 2,000 people's records safe.");
        books.reports.write(books.as("writeNarrative"), ref, "community_benefit", "We kept 2,500 people's records safe.");

        AnnualReport draft = books.reports.report(books.as("annualReport"), ref);

        assertThat(draft.frozen()).isFalse();
        assertThat(draft.approval()).isNull();
        assertThat(draft.narratives().get("community_benefit").body()).isEqualTo("We kept 2,500 people's records safe.");
        assertThat(draft.narratives().get("community_benefit").author()).isEqualTo("ada@board.example");
        assertThat(books.reports.history(books.as("annualReport"), ref)).extracting(Narrative::body)
                .containsExactly("We kept 2,500 people's records safe.", "We kept 2,000 people's records safe.");
        assertThatThrownBy(() -> books.reports.write(books.as("writeNarrative"), ref, "dividends", "Not a narrative part"))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        assertThatThrownBy(() -> books.reports.report(books.as("annualReport"), "2024-04-01"))
                .as("the next year is still open").isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
    }

    @Test
    void onceApprovedTheReportIsFrozenAndLaterPostingsAndDividendsDoNotChangeIt() {
        String ref = year.id().toString();
        books.reports.write(books.as("writeNarrative"), ref, "consultation", "We asked our members at two open meetings.");
        UUID resolution = books.passed(ResolutionSubject.ANNUAL_REPORT, "2024-05-10", "Approve the annual report 2023-24");
        books.services.closing().approveAnnualReport(books.as("approveAnnualReport"), year.id(), resolution, books.services.board());

        AnnualReport approved = books.reports.report(books.as("annualReport"), ref);
        assertThat(approved.frozen()).isTrue();
        assertThat(approved.digest()).matches("[0-9a-f]{64}").isEqualTo(ReportJson.sha256(ReportJson.canonical(approved)));
        assertThat(approved.approval().resolutionId()).isEqualTo(resolution);
        assertThat(approved.approval().title()).isEqualTo("Approve the annual report 2023-24");
        assertThat(approved.approval().on()).isEqualTo(LocalDate.parse("2024-05-10"));
        assertThat(approved.table("result").orElseThrow().fact("report.fact.result")).isEqualTo("6000.00");
        assertThat(approved.table("dividend_cap").orElseThrow().fact("report.fact.declaredNonExempt")).isEqualTo("0.00");

        // Later: an invoice dated in the approved year (the ledger books it in the next open year) and a dividend for the year.
        var late = books.post("2024-02-01", EntryKind.REVENUE, "1000", "4000", "777.00");
        assertThat(late.entryDate()).isEqualTo(LocalDate.parse("2024-04-01"));
        books.services.dividends().declare(books.as("declareDividend"), new DividendService.Declaration(year.id(), LocalDate.parse("2024-05-20"),
                books.money("500.00"), "Shareholders", null, false, null, false, books.passed(ResolutionSubject.DIVIDEND, "2024-05-15", "Dividend")));
        assertThat(books.services.status().of(year.id()).dividends().declaredNonExempt()).as("the books did move").isEqualTo(books.money("500.00"));

        AnnualReport again = books.reports.report(books.as("annualReport"), year.startsOn().toString());
        assertThat(again.digest()).isEqualTo(approved.digest());
        assertThat(ReportJson.canonical(again)).isEqualTo(ReportJson.canonical(approved));
        assertThat(again.table("dividend_cap").orElseThrow().fact("report.fact.declaredNonExempt")).isEqualTo("0.00");
        assertThat(again.table("dividends").orElseThrow().rows()).isEmpty();
        assertThat(again.narratives().get("consultation").body()).isEqualTo("We asked our members at two open meetings.");

        assertThatThrownBy(() -> books.reports.write(books.as("writeNarrative"), ref, "consultation", "A change after approval"))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThat(books.reports.history(books.as("annualReport"), ref)).hasSize(1);
        System.out.println("annual report frozen: sha256:" + again.digest());
    }
}
