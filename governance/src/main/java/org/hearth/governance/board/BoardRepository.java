package org.hearth.governance.board;

import static org.hearth.schema.generated.governance.Tables.MEETINGS;
import static org.hearth.schema.generated.governance.Tables.MEMBERS;
import static org.hearth.schema.generated.governance.Tables.RESOLUTIONS;
import static org.hearth.schema.generated.governance.Tables.RESOLUTION_RESULTS;
import static org.hearth.schema.generated.governance.Tables.VOTES;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.governance.voting.Choice;
import org.hearth.governance.voting.Outcome;
import org.hearth.schema.generated.governance.tables.records.MeetingsRecord;
import org.hearth.governance.voting.Choice;
import org.hearth.governance.voting.Outcome;
import org.hearth.schema.generated.governance.tables.records.MembersRecord;
import org.jooq.DSLContext;
import org.jooq.JSONB;

/** Members, meetings, resolutions, votes and results. */
final class BoardRepository {

    List<Member> members(DSLContext dsl) {
        return dsl.selectFrom(MEMBERS).orderBy(MEMBERS.COLLEGE, MEMBERS.NAME).fetch(BoardRepository::member);
    }

    Optional<Member> member(DSLContext dsl, UUID id) {
        return dsl.selectFrom(MEMBERS).where(MEMBERS.ID.eq(id)).fetchOptional(BoardRepository::member);
    }

    void insertMember(DSLContext tx, Member m) {
        tx.insertInto(MEMBERS).set(MEMBERS.ID, m.id()).set(MEMBERS.NAME, m.name()).set(MEMBERS.COLLEGE, m.college())
                .set(MEMBERS.BOARD, m.board()).set(MEMBERS.JOINED_ON, m.joinedOn()).set(MEMBERS.LEFT_ON, m.leftOn()).execute();
    }

    boolean setLeftOn(DSLContext tx, UUID id, LocalDate day) {
        return tx.update(MEMBERS).set(MEMBERS.LEFT_ON, day).where(MEMBERS.ID.eq(id).and(MEMBERS.LEFT_ON.isNull())).execute() == 1;
    }

    List<Meeting> meetings(DSLContext dsl) {
        return dsl.selectFrom(MEETINGS).orderBy(MEETINGS.HELD_ON.desc()).fetch(BoardRepository::meeting);
    }

    Optional<Meeting> meeting(DSLContext dsl, UUID id) {
        return dsl.selectFrom(MEETINGS).where(MEETINGS.ID.eq(id)).fetchOptional(BoardRepository::meeting);
    }

    void insertMeeting(DSLContext tx, Meeting m) {
        tx.insertInto(MEETINGS).set(MEETINGS.ID, m.id()).set(MEETINGS.HELD_ON, m.heldOn()).set(MEETINGS.KIND, m.kind().code())
                .set(MEETINGS.TITLE, m.title()).execute();
    }

    void insertResolution(DSLContext tx, UUID id, UUID meetingId, ResolutionKind kind, ResolutionSubject subject, String title, String body) {
        tx.insertInto(RESOLUTIONS).set(RESOLUTIONS.ID, id).set(RESOLUTIONS.MEETING_ID, meetingId).set(RESOLUTIONS.KIND, kind.code())
                .set(RESOLUTIONS.SUBJECT, subject.code()).set(RESOLUTIONS.TITLE, title).set(RESOLUTIONS.BODY, body).execute();
    }

    /** The resolution, locked when {@code lock}, so that votes and the decision are serialised. */
    Optional<Resolution> resolution(DSLContext dsl, UUID id, boolean lock) {
        var query = dsl.selectFrom(RESOLUTIONS).where(RESOLUTIONS.ID.eq(id));
        var row = (lock ? query.forUpdate() : query).fetchOptional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        var r = row.get();
        Meeting meeting = meeting(dsl, r.getMeetingId()).orElseThrow();
        Map<UUID, Choice> votes = new LinkedHashMap<>();
        dsl.selectFrom(VOTES).where(VOTES.RESOLUTION_ID.eq(id)).orderBy(VOTES.CAST_AT).forEach(v -> votes.put(v.getMemberId(), Choice.valueOf(v.getChoice().toUpperCase(Locale.ROOT))));
        var result = dsl.selectFrom(RESOLUTION_RESULTS).where(RESOLUTION_RESULTS.RESOLUTION_ID.eq(id)).fetchOptional();
        return Optional.of(new Resolution(id, meeting, ResolutionKind.parse(r.getKind()), ResolutionSubject.parse(r.getSubject()), r.getTitle(), r.getBody(), votes,
                result.map(x -> Outcome.valueOf(x.getOutcome().toUpperCase(Locale.ROOT))).orElse(null), result.map(x -> TallyJson.decode(x.getTally().data())).orElse(null)));
    }

    List<UUID> resolutionIds(DSLContext dsl) {
        return dsl.select(RESOLUTIONS.ID).from(RESOLUTIONS).orderBy(RESOLUTIONS.CREATED_AT.desc()).fetch(r -> r.value1());
    }

    boolean insertVote(DSLContext tx, UUID resolutionId, UUID memberId, Choice choice, String recordedBy) {
        return tx.insertInto(VOTES).set(VOTES.RESOLUTION_ID, resolutionId).set(VOTES.MEMBER_ID, memberId).set(VOTES.CHOICE, Resolution.code(choice))
                .set(VOTES.RECORDED_BY, recordedBy).onConflictDoNothing().execute() == 1;
    }

    /** The latest day of a meeting at which the member voted. */
    Optional<LocalDate> lastMeetingVotedAt(DSLContext dsl, UUID memberId) {
        return Optional.ofNullable(dsl.select(org.jooq.impl.DSL.max(MEETINGS.HELD_ON)).from(VOTES).join(RESOLUTIONS).on(RESOLUTIONS.ID.eq(VOTES.RESOLUTION_ID))
                .join(MEETINGS).on(MEETINGS.ID.eq(RESOLUTIONS.MEETING_ID)).where(VOTES.MEMBER_ID.eq(memberId)).fetchOne(0, LocalDate.class));
    }

    void insertResult(DSLContext tx, UUID resolutionId, Outcome outcome, ResolutionTally tally, String by) {
        tx.insertInto(RESOLUTION_RESULTS).set(RESOLUTION_RESULTS.RESOLUTION_ID, resolutionId).set(RESOLUTION_RESULTS.OUTCOME, Resolution.code(outcome))
                .set(RESOLUTION_RESULTS.TALLY, JSONB.valueOf(TallyJson.encode(tally))).set(RESOLUTION_RESULTS.DECIDED_BY, by).execute();
    }

    private static Member member(MembersRecord r) {
        return new Member(r.getId(), r.getName(), r.getCollege(), r.getBoard(), r.getJoinedOn(), r.getLeftOn());
    }

    private static Meeting meeting(MeetingsRecord r) {
        return new Meeting(r.getId(), r.getHeldOn(), MeetingKind.parse(r.getKind()), r.getTitle());
    }
}
