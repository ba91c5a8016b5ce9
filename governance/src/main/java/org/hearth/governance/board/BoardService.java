package org.hearth.governance.board;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.charter.College;
import org.hearth.governance.charter.ResolutionRule;
import org.hearth.governance.voting.Choice;
import org.hearth.governance.voting.Tally;
import org.hearth.governance.voting.TallyResult;
import org.hearth.governance.voting.Vote;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.jooq.DSLContext;

/**
 * Members, meetings and decisions.
 *
 * <p>Decisions where the issue is silent: votes are recorded by a board member acting as the
 * meeting's secretary (members need no account on the platform), each member once, and only
 * by members active on the meeting day; the result is computed when the secretary closes the
 * vote and cannot be reopened; a board meeting counts board members one vote each, a general
 * meeting counts members by college with the charter's weights.
 */
public final class BoardService {

    private static final College BOARD = new College("board", "Board", new BigDecimal(100));

    private final Db db;
    private final Charter charter;
    private final BoardRepository repository = new BoardRepository();

    public BoardService(Db db, Charter charter) {
        this.db = db;
        this.charter = charter;
    }

    public List<Member> members() {
        return db.read("board.members", repository::members);
    }

    public Member addMember(CallContext ctx, String name, String college, boolean board, LocalDate joinedOn) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "A member needs a name.");
        }
        if (charter.college(college).isEmpty()) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "college must be one of the charter's: "
                    + charter.colleges().stream().map(College::id).toList() + ".");
        }
        Member member = new Member(Ids.newId(), name.strip(), college, board, joinedOn, null);
        db.write(ctx, tx -> {
            repository.insertMember(tx, member);
            return null;
        });
        return member;
    }

    /**
     * Records a departure. It may not reach back before a meeting at which the member voted:
     * that would take a counted vote off the roll after the fact.
     */
    public void memberLeaves(CallContext ctx, UUID id, LocalDate day) {
        db.write(ctx, tx -> {
            Member member = repository.member(tx, id).filter(m -> m.leftOn() == null)
                    .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "There is no current member with this id."));
            if (!day.isAfter(member.joinedOn())) {
                throw new HearthException(ErrorCode.VALIDATION_FAILED, "A member leaves after the day they joined (" + member.joinedOn() + ").");
            }
            repository.lastMeetingVotedAt(tx, id).filter(held -> !held.isBefore(day)).ifPresent(held -> {
                throw new HearthException(ErrorCode.CONFLICT, member.name() + " voted at a meeting on " + held + "; the departure must be later.");
            });
            return repository.setLeftOn(tx, id, day);
        });
    }

    public List<Meeting> meetings() {
        return db.read("board.meetings", repository::meetings);
    }

    public Meeting addMeeting(CallContext ctx, LocalDate heldOn, MeetingKind kind, String title) {
        if (title == null || title.isBlank()) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "A meeting needs a title.");
        }
        Meeting meeting = new Meeting(Ids.newId(), heldOn, kind, title.strip());
        db.write(ctx, tx -> {
            repository.insertMeeting(tx, meeting);
            return null;
        });
        return meeting;
    }

    public Resolution propose(CallContext ctx, UUID meetingId, ResolutionKind kind, ResolutionSubject subject, String title, String body) {
        java.util.Objects.requireNonNull(kind, "kind");
        java.util.Objects.requireNonNull(subject, "subject");
        if (title == null || title.isBlank() || body == null || body.isBlank()) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "A resolution needs a title and its text.");
        }
        return db.write(ctx, tx -> {
            repository.meeting(tx, meetingId).orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "There is no meeting with this id."));
            UUID id = Ids.newId();
            repository.insertResolution(tx, id, meetingId, kind, subject, title.strip(), body.strip());
            return repository.resolution(tx, id, false).orElseThrow();
        });
    }

    public List<Resolution> resolutions() {
        return db.read("board.resolutions", dsl -> repository.resolutionIds(dsl).stream()
                .map(id -> repository.resolution(dsl, id, false).orElseThrow()).toList());
    }

    public Resolution resolution(UUID id) {
        return db.read("board.resolution", dsl -> repository.resolution(dsl, id, false)).orElseThrow(BoardService::noResolution);
    }

    public Resolution vote(CallContext ctx, UUID resolutionId, UUID memberId, String choice) {
        Choice normalised = parseChoice(choice);
        return db.write(ctx, tx -> {
            Resolution resolution = repository.resolution(tx, resolutionId, true).orElseThrow(BoardService::noResolution);
            if (resolution.outcome() != null) {
                throw new HearthException(ErrorCode.CONFLICT, "This resolution has been decided; its votes are final.");
            }
            Member member = repository.member(tx, memberId)
                    .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "There is no member with this id."));
            if (!entitled(member, resolution.meeting())) {
                throw new HearthException(ErrorCode.FORBIDDEN, member.name() + " is not entitled to vote at this meeting.");
            }
            if (!repository.insertVote(tx, resolutionId, memberId, normalised, ctx.actor().ref())) {
                throw new HearthException(ErrorCode.CONFLICT, member.name() + " has already voted on this resolution: one member, one vote.");
            }
            return repository.resolution(tx, resolutionId, false).orElseThrow();
        });
    }

    /** Counts the votes with the charter's rule and records the result with its tally, once. */
    public Resolution decide(CallContext ctx, UUID resolutionId) {
        return db.write(ctx, tx -> {
            Resolution resolution = repository.resolution(tx, resolutionId, true).orElseThrow(BoardService::noResolution);
            if (resolution.outcome() != null) {
                throw new HearthException(ErrorCode.CONFLICT, "This resolution has already been decided: " + Resolution.code(resolution.outcome()) + ".");
            }
            boolean general = resolution.meeting().kind() == MeetingKind.GENERAL;
            List<College> colleges = general ? charter.colleges() : List.of(BOARD);
            Map<String, List<String>> entitled = new HashMap<>();
            Map<String, String> collegeOf = new HashMap<>();
            for (Member m : repository.members(tx)) {
                if (entitled(m, resolution.meeting())) {
                    String college = general ? m.college() : BOARD.id();
                    entitled.computeIfAbsent(college, k -> new ArrayList<>()).add(m.id().toString());
                    collegeOf.put(m.id().toString(), college);
                }
            }
            List<Vote> votes = resolution.votes().entrySet().stream()
                    .map(v -> new Vote(v.getKey().toString(), collegeOf.get(v.getKey().toString()),
                            v.getValue())).toList();
            ResolutionRule rule = resolution.kind() == ResolutionKind.SPECIAL ? charter.specialResolution() : charter.ordinaryResolution();
            TallyResult result = Tally.count(colleges, entitled, votes, rule);
            repository.insertResult(tx, resolutionId, result.outcome(), tally(result, rule), ctx.actor().ref());
            return repository.resolution(tx, resolutionId, false).orElseThrow();
        });
    }

    /** The passed resolution on {@code subject} that authorises an operation; 422 otherwise. */
    public Resolution requirePassed(DSLContext tx, UUID resolutionId, ResolutionSubject subject) {
        Resolution resolution = resolutionId == null ? null : repository.resolution(tx, resolutionId, false).orElse(null);
        if (resolution == null || !resolution.passed() || resolution.subject() != subject) {
            throw new HearthException(ErrorCode.RESOLUTION_REQUIRED, "This needs a passed resolution on " + subject.code().replace('_', ' ')
                    + "; resolutionId names none.");
        }
        if (resolution.meeting().kind() != MeetingKind.GENERAL) {
            throw new HearthException(ErrorCode.RESOLUTION_REQUIRED, "Only the members in general meeting decide on " + subject.code().replace('_', ' ')
                    + "; this resolution was passed at a board meeting.");
        }
        return resolution;
    }

    private static boolean entitled(Member member, Meeting meeting) {
        return member.activeOn(meeting.heldOn()) && (meeting.kind() == MeetingKind.GENERAL || member.board());
    }

    private static ResolutionTally tally(TallyResult result, ResolutionRule rule) {
        List<ResolutionTally.College> colleges = result.colleges().stream().map(c -> new ResolutionTally.College(c.college().id(),
                c.college().weight().toPlainString(), c.entitled(), c.inFavour(), c.against(), c.abstaining())).toList();
        return new ResolutionTally(colleges, result.weightedTurnout().toPlainString(), result.weightedFor().toPlainString(),
                result.weightedCast().toPlainString(), rule.majority().toPlainString(), rule.threshold().code(), rule.quorum().toPlainString());
    }

    /** A vote's choice, in any case; 400 otherwise. */
    private static Choice parseChoice(String choice) {
        String normalised = choice == null ? "" : choice.toLowerCase(Locale.ROOT);
        return java.util.Arrays.stream(Choice.values()).filter(c -> Resolution.code(c).equals(normalised)).findFirst()
                .orElseThrow(() -> new HearthException(ErrorCode.VALIDATION_FAILED, "choice must be for, against or abstain."));
    }

    private static HearthException noResolution() {
        return new HearthException(ErrorCode.NOT_FOUND, "There is no resolution with this id.");
    }
}
