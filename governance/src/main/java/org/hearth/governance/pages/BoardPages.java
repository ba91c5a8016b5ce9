package org.hearth.governance.pages;

import org.hearth.web.Calls;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.governance.board.BoardService;
import org.hearth.governance.board.Member;
import org.hearth.governance.board.Resolution;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.status.YearStatus;
import org.hearth.governance.ledger.Balance;
import org.hearth.governance.ledger.LedgerJson;
import org.hearth.governance.ledger.Ledger;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.money.Money;
import org.hearth.web.pages.Messages;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/** {@code /board} and {@code /board/resolutions}. */
public final class BoardPages {

    private final Views frame;
    private final Security security;
    private final Charter charter;
    private final Ledger ledger;
    private final YearStatus status;
    private final BoardService board;
    private final org.hearth.governance.projects.ProjectService projects;

    BoardPages(Views frame, Security security, Charter charter, Ledger ledger, YearStatus status, BoardService board,
               org.hearth.governance.projects.ProjectService projects) {
        this.projects = projects;
        this.frame = frame;
        this.security = security;
        this.charter = charter;
        this.ledger = ledger;
        this.status = status;
        this.board = board;
    }

    void mount(Router router) {
        var read = security.pageGuard(Access.GOVERNANCE);
        var write = security.pageGuard(Access.BOARD);
        var forms = BodyHandler.create(false).setBodyLimit(32 * 1024);
        router.get("/board").handler(read).handler(this::summary);
        router.get("/board/resolutions").handler(read).handler(rc -> resolutions(rc, null));
        router.post("/board/meetings").handler(forms).handler(write).handler(rc -> frame.change(rc, () -> {
            var f = rc.request().formAttributes();
            board.addMeeting(Calls.context(rc, "page.board.add_meeting"), LedgerJson.requiredDate(f.get("heldOn"), "heldOn"),
                    org.hearth.governance.board.MeetingKind.parse(f.get("kind")), f.get("title"));
        }, "/board/resolutions?done=meeting-added", this::resolutions));
        router.post("/board/resolutions").handler(forms).handler(write).handler(rc -> frame.change(rc, () -> {
            var f = rc.request().formAttributes();
            board.propose(Calls.context(rc, "page.board.propose"), id(f.get("meetingId")),
                    org.hearth.governance.board.ResolutionKind.parse(f.get("kind")), org.hearth.governance.board.ResolutionSubject.parse(f.get("subject")),
                    f.get("title"), f.get("body"));
        }, "/board/resolutions?done=resolution-proposed", this::resolutions));
        router.post("/board/resolutions/:id/votes").handler(forms).handler(write).handler(rc -> frame.change(rc, () ->
                board.vote(Calls.context(rc, "page.board.vote"), id(rc.pathParam("id")), id(rc.request().getFormAttribute("memberId")),
                        rc.request().getFormAttribute("choice")),
                "/board/resolutions?done=vote-recorded", this::resolutions));
        router.post("/board/resolutions/:id/result").handler(forms).handler(write).handler(rc -> frame.change(rc, () ->
                board.decide(Calls.context(rc, "page.board.decide"), id(rc.pathParam("id"))), "/board/resolutions?done=resolution-decided", this::resolutions));
    }

    private static UUID id(String value) {
        UUID id = Ids.parseOrNull(value);
        if (id == null) {
            throw new HearthException(ErrorCode.NOT_FOUND, "Nothing has this id.");
        }
        return id;
    }

    private void summary(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        List<Balance> trial = ledger.statements().trialBalance(null, null);
        Money debits = trial.stream().map(Balance::debits).reduce(Money.zero(ledger.currency()), Money::plus);
        Money credits = trial.stream().map(Balance::credits).reduce(Money.zero(ledger.currency()), Money::plus);
        List<YearView> years = ledger.years().years().reversed().stream().map(y -> year(org.hearth.governance.status.StatusJson.of(status.of(y.id())))).toList();
        frame.send(rc, m, m.t("nav.board"), "board.jte", new BoardView(m, new Figures(m), charter.companyName(), charter.legalProfile().code(),
                ledger.currency().getCurrencyCode(), trial.stream().filter(b -> !b.net().isZero()).toList(), debits, credits, years,
                projects.standings()));
    }

    private static YearView year(JsonObject s) {
        JsonObject year = s.getJsonObject("year");
        JsonObject d = s.getJsonObject("dividends");
        DividendsView dividends = d == null ? null : new DividendsView(d.getString("distributableProfits"), d.getString("capRate"),
                d.getString("cap"), d.getString("declared"), d.getString("headroom"));
        List<ReserveView> reserves = new java.util.ArrayList<>();
        for (Map.Entry<String, Object> e : s.getJsonObject("reserves")) {
            if (!e.getKey().equals("asOf")) {
                reserves.add(new ReserveView(e.getKey(), e.getValue() == null ? null : String.valueOf(e.getValue())));
            }
        }
        JsonObject reinvestment = s.getJsonObject("reinvestment");
        return new YearView(year.getString("startsOn"), year.getString("endsOn"), year.getString("status"), s.getString("result"), dividends,
                reserves, share(reinvestment.getJsonObject("year")), share(reinvestment.getJsonObject("cumulative")),
                s.getBoolean("annualReportApproved"));
    }

    private static ShareView share(JsonObject share) {
        return share == null ? null : new ShareView(share.getString("share"), share.getString("minimumShare"),
                Boolean.TRUE.equals(share.getBoolean("belowMinimum")));
    }

    private void resolutions(RoutingContext rc, String error) {
        Messages m = Messages.forRequest(rc);
        Figures f = new Figures(m);
        String colleges = String.join(", ", charter.colleges().stream().map(c -> f.college(c) + " " + f.points(c.weight())).toList());
        frame.send(rc, m, m.t("nav.resolutions"), "resolutions.jte", new ResolutionsView(m, f, frame.csrf(rc), error,
                Security.caller(rc).hasRole("board"), rule(m, f, charter.ordinaryResolution()), rule(m, f, charter.specialResolution()), colleges,
                board.resolutions(), board.members(), board.meetings()));
    }

    private static String rule(Messages m, Figures f, org.hearth.governance.charter.ResolutionRule rule) {
        return m.t(rule.threshold() == org.hearth.governance.charter.ResolutionRule.Threshold.MORE_THAN ? "gov.rule.moreThan" : "gov.rule.atLeast",
                f.percent(rule.majority()), f.percent(rule.quorum()));
    }

    /** {@code board.jte}'s model. */
    public record BoardView(Messages m, Figures f, String company, String profile, String currency, List<Balance> balances, Money debits,
                            Money credits, List<YearView> years, List<org.hearth.governance.projects.ProjectService.Standing> projects) {

        public boolean english() {
            return "en".equals(m.language());
        }
    }

    public record YearView(String startsOn, String endsOn, String status, String result, DividendsView dividends, List<ReserveView> reserves,
                           ShareView reinvestedThisYear, ShareView reinvestedSinceStart, boolean reportApproved) {
    }

    public record DividendsView(String profits, String capRate, String cap, String declared, String headroom) {
    }

    public record ReserveView(String name, String amount) {
    }

    public record ShareView(String share, String minimum, boolean below) {
    }

    /** {@code resolutions.jte}'s model. */
    public record ResolutionsView(Messages m, Figures f, String csrf, String error, boolean secretary, String ordinaryRule, String specialRule,
                                  String colleges, List<Resolution> resolutions, List<Member> members,
                                  List<org.hearth.governance.board.Meeting> meetings) {
    }
}
