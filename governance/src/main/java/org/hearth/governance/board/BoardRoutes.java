package org.hearth.governance.board;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.hearth.governance.ledger.LedgerJson;
import org.hearth.governance.ledger.LedgerRoutes;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** {@code /api/v1/board/...}: members, meetings, resolutions, votes and results. */
public final class BoardRoutes implements ApiRoutes {

    private final BoardService board;

    public BoardRoutes(BoardService board) {
        this.board = board;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("listMembers", rc -> {
            JsonArray items = new JsonArray();
            board.members().forEach(m -> items.add(json(m)));
            Api.json(rc, 200, new JsonObject().put("items", items));
        }).handle("addMember", rc -> {
            JsonObject b = Api.body(rc);
            Api.json(rc, 201, json(board.addMember(Calls.context(rc), b.getString("name"), b.getString("college"), b.getBoolean("board", false),
                    LedgerJson.requiredDate(b.getString("joinedOn"), "joinedOn"))));
        }).handle("memberLeaves", rc -> {
            board.memberLeaves(Calls.context(rc), LedgerRoutes.id(rc), LedgerJson.requiredDate(Api.body(rc).getString("leftOn"), "leftOn"));
            Api.noContent(rc);
        }).handle("listMeetings", rc -> {
            JsonArray items = new JsonArray();
            board.meetings().forEach(m -> items.add(json(m)));
            Api.json(rc, 200, new JsonObject().put("items", items));
        }).handle("addMeeting", rc -> {
            JsonObject b = Api.body(rc);
            Api.json(rc, 201, json(board.addMeeting(Calls.context(rc), LedgerJson.requiredDate(b.getString("heldOn"), "heldOn"),
                    MeetingKind.parse(b.getString("kind")), b.getString("title"))));
        }).handle("proposeResolution", rc -> {
            JsonObject b = Api.body(rc);
            Api.json(rc, 201, json(board.propose(Calls.context(rc), LedgerRoutes.id(rc), ResolutionKind.parse(b.getString("kind")),
                    ResolutionSubject.parse(b.getString("subject")), b.getString("title"),
                    b.getString("body"))));
        }).handle("listResolutions", rc -> {
            JsonArray items = new JsonArray();
            board.resolutions().forEach(r -> items.add(json(r)));
            Api.json(rc, 200, new JsonObject().put("items", items));
        }).handle("getResolution", rc -> Api.json(rc, 200, json(board.resolution(LedgerRoutes.id(rc)))))
                .handle("castVote", rc -> {
                    JsonObject b = Api.body(rc);
                    var member = Ids.parseOrNull(b.getString("memberId"));
                    if (member == null) {
                        throw new HearthException(ErrorCode.VALIDATION_FAILED, "memberId must be a member's id.");
                    }
                    Api.json(rc, 201, json(board.vote(Calls.context(rc), LedgerRoutes.id(rc), member, b.getString("choice"))));
                }).handle("decideResolution", rc -> Api.json(rc, 200, json(board.decide(Calls.context(rc), LedgerRoutes.id(rc)))));
    }

    static JsonObject json(Member m) {
        return new JsonObject().put("id", m.id().toString()).put("name", m.name()).put("college", m.college()).put("board", m.board())
                .put("joinedOn", m.joinedOn().toString()).put("leftOn", m.leftOn() == null ? null : m.leftOn().toString());
    }

    static JsonObject json(Meeting m) {
        return new JsonObject().put("id", m.id().toString()).put("heldOn", m.heldOn().toString()).put("kind", m.kind().code()).put("title", m.title());
    }

    static JsonObject json(Resolution r) {
        JsonArray votes = new JsonArray();
        r.votes().forEach((member, choice) -> votes.add(new JsonObject().put("memberId", member.toString()).put("choice", Resolution.code(choice))));
        return new JsonObject().put("id", r.id().toString()).put("meeting", json(r.meeting())).put("kind", r.kind().code()).put("subject", r.subject().code())
                .put("title", r.title()).put("body", r.body()).put("votes", votes).put("outcome", Resolution.code(r.outcome())).put("tally", r.tally() == null ? null : TallyJson.json(r.tally()));
    }
}
