package org.hearth.governance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.hearth.governance.SampleCharters;
import org.hearth.governance.board.BoardService;
import org.hearth.governance.board.Meeting;
import org.hearth.governance.board.MeetingKind;
import org.hearth.governance.board.Member;
import org.hearth.governance.board.Resolution;
import org.hearth.governance.board.ResolutionKind;
import org.hearth.governance.board.ResolutionSubject;
import org.hearth.governance.board.ResolutionTally;
import org.hearth.governance.voting.Outcome;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Resolutions, votes and tallies through the board's service on real PostgreSQL. */
class BoardIT {

    private Books books;
    private BoardService board;

    @BeforeEach
    void setUp() {
        books = new Books(SampleCharters.ukCic(), LocalDate.parse("2024-06-01"));
        board = books.services.board();
    }

    private Member member(String name, String college, boolean onBoard) {
        return board.addMember(books.as("addMember"), name, college, onBoard, LocalDate.parse("2023-01-01"));
    }

    @Test
    void aGeneralMeetingCountsTheCollegesWithTheirWeightsAndTheResultIsFinal() {
        Member ann = member("Ann", "individuals", false);
        Member bob = member("Bob", "individuals", false);
        Member org = member("Org Ltd", "organisations", false);
        member("Sam", "staff", false);
        Meeting meeting = board.addMeeting(books.as("addMeeting"), LocalDate.parse("2024-05-01"), MeetingKind.GENERAL, "AGM 2024");
        Resolution proposed = board.propose(books.as("proposeResolution"), meeting.id(), ResolutionKind.ORDINARY, ResolutionSubject.DIVIDEND, "Dividend", "Pay one.");

        board.vote(books.as("castVote"), proposed.id(), ann.id(), "for");
        board.vote(books.as("castVote"), proposed.id(), bob.id(), "against");
        board.vote(books.as("castVote"), proposed.id(), org.id(), "FOR");
        assertThatThrownBy(() -> board.vote(books.as("castVote"), proposed.id(), ann.id(), "against"))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));

        Resolution decided = board.decide(books.as("decideResolution"), proposed.id());
        ResolutionTally tally = decided.tally();
        // individuals 40 (half for), organisations 35 (all for), staff 25 (no vote): 55 of 75 cast are for.
        assertThat(decided.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(tally.colleges()).extracting(ResolutionTally.College::college).containsExactly("individuals", "organisations", "staff");
        assertThat(tally.colleges().getFirst().entitled()).isEqualTo(2);
        assertThat(tally.colleges().getFirst().inFavour()).isEqualTo(1);
        assertThat(tally.colleges().getFirst().against()).isEqualTo(1);
        assertThat(tally.weightedTurnout()).startsWith("0.75");
        assertThat(tally.weightedFor()).startsWith("55");
        assertThat(tally.weightedCast()).startsWith("75");
        assertThat(tally.majority()).isEqualTo("0.50");
        assertThat(tally.quorum()).isEqualTo("0.25");
        assertThat(board.resolution(proposed.id()).tally()).as("the stored tally reads back the same").isEqualTo(tally);

        assertThatThrownBy(() -> board.decide(books.as("decideResolution"), proposed.id()))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThat(books.audited("castVote")).isEqualTo(3);
        assertThat(books.audited("decideResolution")).isEqualTo(1);
        assertThat(books.audited("addMember")).isEqualTo(4);
    }

    @Test
    void aBoardMeetingCountsOnlyBoardMembersOneVoteEach() {
        Member chair = member("Chair", "individuals", true);
        Member outsider = member("Outsider", "organisations", false);
        Meeting meeting = board.addMeeting(books.as("addMeeting"), LocalDate.parse("2024-05-02"), MeetingKind.BOARD, "Board May");
        Resolution proposed = board.propose(books.as("proposeResolution"), meeting.id(), ResolutionKind.ORDINARY, ResolutionSubject.OTHER, "Budget", "Adopt it.");

        assertThatThrownBy(() -> board.vote(books.as("castVote"), proposed.id(), outsider.id(), "for"))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        board.vote(books.as("castVote"), proposed.id(), chair.id(), "for");
        Resolution decided = board.decide(books.as("decideResolution"), proposed.id());

        assertThat(decided.passed()).isTrue();
        assertThat(decided.tally().colleges()).singleElement().satisfies(c -> {
            assertThat(c.college()).isEqualTo("board");
            assertThat(c.entitled()).isEqualTo(1);
        });
        assertThat(books.audited("castVote")).as("the refused vote left no audit row").isEqualTo(1);
    }

    @Test
    void aBadChoiceIsRefusedBeforeAnythingIsWritten() {
        Member ann = member("Ann", "individuals", false);
        Meeting meeting = board.addMeeting(books.as("addMeeting"), LocalDate.parse("2024-05-01"), MeetingKind.GENERAL, "AGM");
        Resolution proposed = board.propose(books.as("proposeResolution"), meeting.id(), ResolutionKind.ORDINARY, ResolutionSubject.OTHER, "T", "B");
        int audit = books.auditRows();

        assertThatThrownBy(() -> board.vote(books.as("castVote"), proposed.id(), ann.id(), "maybe"))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code().status()).isEqualTo(400));
        assertThat(books.auditRows()).isEqualTo(audit);
        assertThat(board.resolution(proposed.id()).votes()).isEmpty();
    }
}
