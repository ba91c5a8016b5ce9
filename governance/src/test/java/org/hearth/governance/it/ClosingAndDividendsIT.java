package org.hearth.governance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.governance.SampleCharters;
import org.hearth.governance.board.BoardService;
import org.hearth.governance.board.Meeting;
import org.hearth.governance.board.MeetingKind;
import org.hearth.governance.board.Member;
import org.hearth.governance.board.Resolution;
import org.hearth.governance.board.ResolutionKind;
import org.hearth.governance.board.ResolutionSubject;
import org.hearth.governance.closing.YearClosing;
import org.hearth.governance.distributions.DividendService;
import org.hearth.governance.ledger.EntryKind;
import org.hearth.governance.ledger.FinancialYear;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A UK CIC closes its year and declares dividends within the cap, through the services on real PostgreSQL. */
class ClosingAndDividendsIT {

    private Books books;
    private FinancialYear year;

    @BeforeEach
    void setUp() {
        books = new Books(SampleCharters.ukCic(), LocalDate.parse("2024-06-01"));
        year = books.open("2023-04-01");
        books.post("2023-05-01", EntryKind.REVENUE, "1000", "4000", "10000.00");
        books.post("2023-09-30", EntryKind.COST, "5000", "1000", "4000.00");
    }

    @Test
    void closingBooksTheResultIntoRetainedEarningsLocksTheYearAndOpensTheNext() {
        YearClosing.Closed closed = books.services.closing().close(books.as("closeYear"), year.id(), null, null);

        assertThat(closed.result()).isEqualTo(books.money("6000.00"));
        assertThat(closed.closingEntry().kind()).isEqualTo(EntryKind.CLOSING);
        assertThat(closed.closingEntry().entryDate()).isEqualTo(LocalDate.parse("2024-03-31"));
        assertThat(closed.closingEntry().author()).isEqualTo("staff:" + books.staffId);
        assertThat(closed.year().open()).isFalse();
        assertThat(books.services.ledger().years().years()).extracting(FinancialYear::startsOn)
                .containsExactly(LocalDate.parse("2023-04-01"), LocalDate.parse("2024-04-01"));
        assertThat(books.audited("closeYear")).isEqualTo(1);

        // An entry dated in the closed year lands on the first day of the next, keeping its document date.
        var late = books.post("2023-12-01", EntryKind.COST, "5100", "1000", "50.00");
        assertThat(late.entryDate()).isEqualTo(LocalDate.parse("2024-04-01"));
        assertThat(late.documentDate()).isEqualTo(LocalDate.parse("2023-12-01"));
        assertThatThrownBy(() -> books.services.closing().close(books.as("closeYear"), year.id(), null, null))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
    }

    @Test
    void aYearIsNotClosedBeforeItEnds() {
        FinancialYear next = books.services.ledger().years().openYear(books.as("openYear"), LocalDate.parse("2024-04-01"));
        books.services.closing().close(books.as("closeYear"), year.id(), null, null);
        assertThatThrownBy(() -> books.services.closing().close(books.as("closeYear"), next.id(), null, null))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.getMessage()).contains("2025-03-31"));
    }

    @Test
    void dividendsFitUnderTheCapOfTheDistributableProfitsAndNoMore() {
        books.services.closing().close(books.as("closeYear"), year.id(), null, null);
        DividendService dividends = books.services.dividends();

        var declared = dividends.declare(books.as("declareDividend"), declaration("2000.00", passedDividendResolution()));
        assertThat(declared.entry().kind()).isEqualTo(EntryKind.DIVIDEND);
        assertThat(declared.decision().cap()).contains(books.money("2100.00"));
        assertThat(declared.decision().headroom()).as("the headroom the declaration was checked against").contains(books.money("2100.00"));
        int entries = books.entries();

        UUID second = passedDividendResolution();
        assertThatThrownBy(() -> dividends.declare(books.as("declareDividend"), declaration("200.00", second)))
                .isInstanceOfSatisfying(HearthException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DIVIDEND_CAP_EXCEEDED);
                    assertThat(e.extensions()).containsEntry("headroom", "100.00").containsEntry("cap", "2100.00");
                });
        assertThat(books.entries()).isEqualTo(entries);
        assertThat(books.audited("declareDividend")).as("only the accepted declaration is audited").isEqualTo(1);
        assertThat(books.services.status().of(year.id()).dividends().declaredNonExempt()).isEqualTo(books.money("2000.00"));
    }

    @Test
    void aDividendNeedsAPassedResolutionOfTheMembers() {
        books.services.closing().close(books.as("closeYear"), year.id(), null, null);
        assertThatThrownBy(() -> books.services.dividends().declare(books.as("declareDividend"), declaration("10.00", UUID.randomUUID())))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.RESOLUTION_REQUIRED));
    }

    private DividendService.Declaration declaration(String amount, UUID resolution) {
        return new DividendService.Declaration(year.id(), LocalDate.parse("2024-05-20"), books.money(amount), "Shareholders", null, false,
                null, false, resolution);
    }

    private UUID passedDividendResolution() {
        BoardService board = books.services.board();
        Meeting meeting = board.addMeeting(books.as("addMeeting"), LocalDate.parse("2024-05-15"), MeetingKind.GENERAL, "AGM");
        Resolution r = board.propose(books.as("proposeResolution"), meeting.id(), ResolutionKind.ORDINARY, ResolutionSubject.DIVIDEND, "Dividend", "Declare it.");
        for (String college : new String[] {"individuals", "organisations", "staff"}) {
            Member m = board.addMember(books.as("addMember"), college + " member", college, false, LocalDate.parse("2023-01-01"));
            board.vote(books.as("castVote"), r.id(), m.id(), "for");
        }
        return board.decide(books.as("decideResolution"), r.id()).id();
    }
}
