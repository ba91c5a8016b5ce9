package org.hearth.governance.voting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearth.governance.charter.College;
import org.hearth.governance.charter.ResolutionRule;
import org.hearth.governance.voting.BallotException.Problem;

/**
 * Counts a resolution by college.
 *
 * <p>Within a college, one member, one vote; across colleges, each college counts for its
 * weight, so a small college is not drowned by a large one (art. 19 octies of loi 47-1775 for a
 * SCIC, which also bounds each weight between 10% and 50%; a CIC's charter may weigh colleges the
 * same way). The weighting follows the charter and the brief:
 * <ul>
 *   <li>turnout = Σ weight × (voters ÷ entitled) ÷ Σ weight, over colleges that have entitled
 *       members: a college with nobody on its roll can neither help nor hinder the quorum; with
 *       nobody entitled anywhere the turnout is zero and there is no quorum;
 *   <li>in each college the share in favour is for ÷ (for + against): abstentions count towards
 *       the quorum but are not votes cast;
 *   <li>weighted for = Σ weight × share in favour, and weighted cast = Σ weight, over colleges
 *       where votes were cast; the resolution passes when the meeting is quorate and the
 *       resolution's rule carries weighted for out of weighted cast.
 * </ul>
 *
 * <p>Nothing is rounded before the outcome is known. Weighted for is an exact fraction, and
 * {@link ResolutionRule#carries} compares for with majority × cast, so both are multiplied by the
 * fraction's denominator, which leaves the comparison unchanged and exact: a special resolution
 * at exactly 75% passes, an ordinary one at exactly 50% fails, even when the colleges' shares are
 * thirds. The turnout is truncated, never rounded up, to enough digits to hold the quorum, so it
 * reaches the quorum exactly when the exact fraction does.
 */
public final class Tally {

    private static final int DIGITS = 34;

    private Tally() {
    }

    /**
     * Counts {@code votes} on a resolution governed by {@code rule}.
     *
     * @param colleges the charter's colleges, with their weights in percent
     * @param entitled for each college id, the members entitled to vote in it; a college left out
     *     has nobody entitled
     * @param votes the votes, each member at most once
     * @param rule the charter's rule for this kind of resolution (ordinary or special)
     * @throws BallotException if a college is unknown, a member votes outside their college's roll,
     *     votes twice, or is on two rolls
     */
    public static TallyResult count(List<College> colleges, Map<String, ? extends Collection<String>> entitled,
            List<Vote> votes, ResolutionRule rule) {
        Set<String> known = new HashSet<>();
        colleges.forEach(c -> known.add(c.id()));
        Map<String, String> rollCollege = roll(known, entitled);
        Map<String, EnumMap<Choice, Integer>> choices = new HashMap<>();
        Set<String> voted = new HashSet<>();
        for (Vote vote : votes) {
            checkVote(vote, known, rollCollege, voted);
            choices.computeIfAbsent(vote.collegeId(), id -> new EnumMap<>(Choice.class)).merge(vote.choice(), 1, Integer::sum);
        }
        List<CollegeCount> counts = new ArrayList<>();
        for (College college : colleges) {
            int onRoll = (int) rollCollege.values().stream().filter(college.id()::equals).count();
            EnumMap<Choice, Integer> c = choices.getOrDefault(college.id(), new EnumMap<>(Choice.class));
            counts.add(new CollegeCount(college, onRoll, c.getOrDefault(Choice.FOR, 0), c.getOrDefault(Choice.AGAINST, 0),
                    c.getOrDefault(Choice.ABSTAIN, 0)));
        }
        return result(counts, rule);
    }

    private static TallyResult result(List<CollegeCount> counts, ResolutionRule rule) {
        Fraction turnoutSum = Fraction.ZERO;
        BigDecimal entitledWeight = BigDecimal.ZERO;
        Fraction weightedFor = Fraction.ZERO;
        BigDecimal weightedCast = BigDecimal.ZERO;
        for (CollegeCount count : counts) {
            BigDecimal weight = count.college().weight();
            if (count.entitled() > 0) {
                turnoutSum = turnoutSum.plus(share(weight, count.voters(), count.entitled()));
                entitledWeight = entitledWeight.add(weight);
            }
            if (count.cast() > 0) {
                weightedFor = weightedFor.plus(share(weight, count.inFavour(), count.cast()));
                weightedCast = weightedCast.add(weight);
            }
        }
        BigDecimal turnout = entitledWeight.signum() == 0 ? BigDecimal.ZERO
                : turnoutSum.dividedBy(entitledWeight).toDecimal(truncatingFor(rule.quorum()));
        // carries() compares for with majority × cast: scaling both by one positive factor keeps it exact.
        boolean carries = rule.carries(weightedFor.numerator(), weightedCast.multiply(weightedFor.denominator()));
        Outcome outcome = !rule.isQuorate(turnout) ? Outcome.NO_QUORUM : carries ? Outcome.PASSED : Outcome.REJECTED;
        return new TallyResult(counts, turnout, weightedFor.toDecimal(new MathContext(DIGITS, RoundingMode.DOWN)),
                weightedCast, outcome);
    }

    /** weight × part ÷ whole, kept exact. */
    private static Fraction share(BigDecimal weight, int part, int whole) {
        return new Fraction(weight.multiply(BigDecimal.valueOf(part)), BigDecimal.valueOf(whole));
    }

    /**
     * Truncation to p significant digits keeps x ≥ q exactly when q itself fits in p digits at
     * x's magnitude. A turnout is at most 1, so p ≥ scale(q) + 1 suffices.
     */
    private static MathContext truncatingFor(BigDecimal quorum) {
        return new MathContext(Math.max(DIGITS, quorum.scale() + 1), RoundingMode.DOWN);
    }

    /** Member id → college id, checking that every roll names a known college and no member is on two. */
    private static Map<String, String> roll(Set<String> known, Map<String, ? extends Collection<String>> entitled) {
        Map<String, String> rollCollege = new LinkedHashMap<>();
        entitled.forEach((collegeId, members) -> {
            if (!known.contains(collegeId)) {
                throw new BallotException(Problem.UNKNOWN_COLLEGE, "the roll names college " + collegeId
                        + ", which the charter does not have");
            }
            for (String member : new LinkedHashSet<>(members)) {
                String previous = rollCollege.putIfAbsent(member, collegeId);
                if (previous != null) {
                    throw new BallotException(Problem.MEMBER_IN_TWO_COLLEGES, "member " + member + " is on the rolls of "
                            + previous + " and " + collegeId + "; one member, one vote, in one college");
                }
            }
        });
        return rollCollege;
    }

    private static void checkVote(Vote vote, Set<String> known, Map<String, String> rollCollege, Set<String> voted) {
        if (!known.contains(vote.collegeId())) {
            throw new BallotException(Problem.UNKNOWN_COLLEGE, "member " + vote.memberId() + " votes in college "
                    + vote.collegeId() + ", which the charter does not have");
        }
        String college = rollCollege.get(vote.memberId());
        if (!vote.collegeId().equals(college)) {
            throw new BallotException(Problem.NOT_ENTITLED, "member " + vote.memberId() + " is not entitled to vote in "
                    + vote.collegeId() + (college == null ? "" : "; they vote in " + college));
        }
        if (!voted.add(vote.memberId())) {
            throw new BallotException(Problem.DUPLICATE_VOTE, "member " + vote.memberId()
                    + " has already voted; one member, one vote");
        }
    }
}
