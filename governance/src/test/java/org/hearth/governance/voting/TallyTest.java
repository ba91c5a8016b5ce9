package org.hearth.governance.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hearth.governance.SampleCharters;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.voting.BallotException.Problem;
import org.hearth.kernel.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** Colleges of the uk-cic sample: individuals 40%, organisations 35%, staff 25%. */
class TallyTest {

    private static final Charter CHARTER = SampleCharters.ukCic();

    /** A meeting: rolls of members named after their college ("individuals-0", ...) and their votes. */
    private static final class Meeting {
        private final Map<String, List<String>> rolls = new HashMap<>();
        private final List<Vote> votes = new ArrayList<>();

        Meeting roll(String college, int members) {
            List<String> roll = new ArrayList<>();
            for (int i = 0; i < members; i++) {
                roll.add(college + "-" + i);
            }
            rolls.put(college, roll);
            return this;
        }

        /** The next members of {@code college}'s roll who have not voted yet vote {@code choice}. */
        Meeting votes(String college, Choice choice, int count) {
            int already = (int) votes.stream().filter(v -> v.collegeId().equals(college)).count();
            for (int i = already; i < already + count; i++) {
                votes.add(new Vote(college + "-" + i, college, choice));
            }
            return this;
        }

        Meeting vote(Vote vote) {
            votes.add(vote);
            return this;
        }

        TallyResult ordinary() {
            return Tally.count(CHARTER.colleges(), rolls, votes, CHARTER.ordinaryResolution());
        }

        TallyResult special() {
            return Tally.count(CHARTER.colleges(), rolls, votes, CHARTER.specialResolution());
        }
    }

    private static Meeting fullRolls(int individuals, int organisations, int staff) {
        return new Meeting().roll("individuals", individuals).roll("organisations", organisations).roll("staff", staff);
    }

    @Test
    void meetingBelowTheWeightedQuorumDecidesNothing() {
        TallyResult result = fullRolls(10, 10, 10)
                .votes("individuals", Choice.FOR, 2).votes("organisations", Choice.FOR, 2).ordinary();

        // (40 × 2/10 + 35 × 2/10) / 100 = 0.15, below the quorum of 0.25.
        assertThat(result.weightedTurnout()).isEqualByComparingTo("0.15");
        assertThat(result.outcome()).isEqualTo(Outcome.NO_QUORUM);
        assertThat(result.quorate()).isFalse();
    }

    @Test
    void turnoutMadeOfThirdsReachesTheQuorumExactly() {
        TallyResult reached = fullRolls(3, 3, 3)
                .votes("individuals", Choice.FOR, 1).votes("organisations", Choice.FOR, 1).ordinary();
        TallyResult missed = fullRolls(3, 3, 3).votes("organisations", Choice.FOR, 1).ordinary();

        // (40 × 1/3 + 35 × 1/3) / 100 = 0.25 exactly.
        assertThat(reached.weightedTurnout()).isEqualByComparingTo("0.25");
        assertThat(reached.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(missed.outcome()).isEqualTo(Outcome.NO_QUORUM);
    }

    @Test
    void specialResolutionAtExactlyThreeQuartersPasses() {
        TallyResult result = fullRolls(6, 3, 15)
                .votes("individuals", Choice.FOR, 5).votes("individuals", Choice.AGAINST, 1)
                .votes("organisations", Choice.FOR, 2).votes("organisations", Choice.AGAINST, 1)
                .votes("staff", Choice.FOR, 11).votes("staff", Choice.AGAINST, 4)
                .special();

        // 40 × 5/6 + 35 × 2/3 + 25 × 11/15 = (100 + 70 + 55) / 3 = 75 of 100. Each term rounded to
        // 34 digits is 0.00…03 short, and their sum 74.99…99 would defeat the resolution.
        assertThat(result.weightedTurnout()).isEqualByComparingTo("1");
        assertThat(result.weightedFor()).isEqualByComparingTo("75");
        assertThat(result.weightedCast()).isEqualByComparingTo("100");
        assertThat(result.shareFor()).hasValueSatisfying(share -> assertThat(share).isEqualByComparingTo("0.75"));
        assertThat(result.outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void specialResolutionOneStaffVoteShortOfThreeQuartersIsRejected() {
        TallyResult result = fullRolls(6, 3, 15)
                .votes("individuals", Choice.FOR, 5).votes("individuals", Choice.AGAINST, 1)
                .votes("organisations", Choice.FOR, 2).votes("organisations", Choice.AGAINST, 1)
                .votes("staff", Choice.FOR, 10).votes("staff", Choice.AGAINST, 5)
                .special();

        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void ordinaryResolutionAtExactlyHalfFails() {
        TallyResult result = fullRolls(3, 3, 15)
                .votes("individuals", Choice.FOR, 2).votes("individuals", Choice.AGAINST, 1)
                .votes("organisations", Choice.FOR, 1).votes("organisations", Choice.AGAINST, 2)
                .votes("staff", Choice.FOR, 7).votes("staff", Choice.AGAINST, 8)
                .ordinary();

        // 40 × 2/3 + 35 × 1/3 + 25 × 7/15 = (80 + 35 + 35) / 3 = 50 of 100: not more than half. Each
        // term rounded to 34 digits is 0.00…03 over, and their sum 50.00…01 would pass it.
        assertThat(result.weightedFor()).isEqualByComparingTo("50");
        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void ordinaryResolutionJustOverHalfPasses() {
        TallyResult result = fullRolls(3, 3, 15)
                .votes("individuals", Choice.FOR, 2).votes("individuals", Choice.AGAINST, 1)
                .votes("organisations", Choice.FOR, 1).votes("organisations", Choice.AGAINST, 2)
                .votes("staff", Choice.FOR, 8).votes("staff", Choice.AGAINST, 7)
                .ordinary();

        assertThat(result.outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void collegeWeightsOverturnAHeadCountMajority() {
        TallyResult result = fullRolls(10, 2, 2)
                .votes("individuals", Choice.FOR, 10)
                .votes("organisations", Choice.AGAINST, 2)
                .votes("staff", Choice.AGAINST, 2)
                .ordinary();

        assertThat(result.headCountFor()).isEqualTo(10);
        assertThat(result.headCountAgainst()).isEqualTo(4);
        assertThat(result.weightedFor()).isEqualByComparingTo("40");
        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void abstentionsCountTowardsTheQuorumButAreNotCast() {
        TallyResult result = fullRolls(4, 4, 4)
                .votes("individuals", Choice.FOR, 1).votes("individuals", Choice.ABSTAIN, 3)
                .ordinary();

        assertThat(result.colleges().getFirst().voters()).isEqualTo(4);
        assertThat(result.colleges().getFirst().cast()).isEqualTo(1);
        assertThat(result.weightedTurnout()).isEqualByComparingTo("0.4");
        assertThat(result.weightedCast()).isEqualByComparingTo("40");
        assertThat(result.outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void quorateMeetingWhereEveryoneAbstainsRejects() {
        TallyResult result = fullRolls(1, 1, 1)
                .votes("individuals", Choice.ABSTAIN, 1).votes("organisations", Choice.ABSTAIN, 1).ordinary();

        assertThat(result.quorate()).isTrue();
        assertThat(result.shareFor()).isEmpty();
        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void collegeWithNobodyOnItsRollIsLeftOutOfTheTurnout() {
        TallyResult result = new Meeting().roll("individuals", 2).roll("organisations", 2)
                .votes("individuals", Choice.FOR, 1).votes("organisations", Choice.FOR, 1)
                .special();

        // (40 × 1/2 + 35 × 1/2) / 75 = 0.5, the special quorum; staff's 25% is not counted as absent.
        assertThat(result.colleges().get(2).entitled()).isZero();
        assertThat(result.weightedTurnout()).isEqualByComparingTo("0.5");
        assertThat(result.outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void nobodyEntitledMeansNoQuorum() {
        TallyResult result = new Meeting().ordinary();

        assertThat(result.weightedTurnout()).isEqualByComparingTo("0");
        assertThat(result.outcome()).isEqualTo(Outcome.NO_QUORUM);
    }

    @Test
    void secondVoteByTheSameMemberIsRefused() {
        Meeting meeting = fullRolls(2, 2, 2).votes("staff", Choice.FOR, 1).vote(new Vote("staff-0", "staff", Choice.AGAINST));

        assertThatThrownBy(meeting::ordinary).isInstanceOfSatisfying(BallotException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.DUPLICATE_VOTE);
            assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
        }).hasMessage("member staff-0 has already voted; one member, one vote");
    }

    @Test
    void voteInAnotherCollegeThanTheMembersIsRefused() {
        Meeting meeting = fullRolls(2, 2, 2).vote(new Vote("staff-0", "individuals", Choice.FOR));

        assertThatThrownBy(meeting::ordinary).isInstanceOfSatisfying(BallotException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.NOT_ENTITLED))
                .hasMessage("member staff-0 is not entitled to vote in individuals; they vote in staff");
    }

    @Test
    void voteInACollegeTheCharterDoesNotHaveIsRefused() {
        Meeting meeting = fullRolls(2, 2, 2).vote(new Vote("staff-0", "investors", Choice.FOR));

        assertThatThrownBy(meeting::ordinary).isInstanceOfSatisfying(BallotException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_COLLEGE));
    }

    @Test
    void memberOnTwoRollsIsRefused() {
        Meeting meeting = fullRolls(2, 2, 2);
        meeting.rolls.put("staff", List.of("staff-0", "individuals-1"));

        assertThatThrownBy(meeting::ordinary).isInstanceOfSatisfying(BallotException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.MEMBER_IN_TWO_COLLEGES));
    }
}
