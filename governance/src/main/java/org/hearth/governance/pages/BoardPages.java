package org.hearth.governance.pages;

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
import org.hearth.governance.ledger.FinancialYear;
import org.hearth.governance.ledger.LedgerJson;
import org.hearth.governance.ledger.Ledger;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.money.Money;
import org.hearth.web.pages.Html;
import org.hearth.web.security.Access;
import org.hearth.web.Calls;
import org.hearth.web.security.Security;

/** {@code /board} and {@code /board/resolutions}. */
final class BoardPages {

    private final PageFrame frame;
    private final Security security;
    private final Charter charter;
    private final Ledger ledger;
    private final YearStatus status;
    private final BoardService board;
    private final org.hearth.governance.projects.ProjectService projects;

    BoardPages(PageFrame frame, Security security, Charter charter, Ledger ledger, YearStatus status, BoardService board,
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
        }, "/board/resolutions", this::resolutions));
        router.post("/board/resolutions").handler(forms).handler(write).handler(rc -> frame.change(rc, () -> {
            var f = rc.request().formAttributes();
            board.propose(Calls.context(rc, "page.board.propose"), id(f.get("meetingId")),
                    org.hearth.governance.board.ResolutionKind.parse(f.get("kind")), org.hearth.governance.board.ResolutionSubject.parse(f.get("subject")),
                    f.get("title"), f.get("body"));
        }, "/board/resolutions", this::resolutions));
        router.post("/board/resolutions/:id/votes").handler(forms).handler(write).handler(rc -> frame.change(rc, () ->
                board.vote(Calls.context(rc, "page.board.vote"), id(rc.pathParam("id")), id(rc.request().getFormAttribute("memberId")),
                        rc.request().getFormAttribute("choice")),
                "/board/resolutions", this::resolutions));
        router.post("/board/resolutions/:id/result").handler(forms).handler(write).handler(rc -> frame.change(rc, () ->
                board.decide(Calls.context(rc, "page.board.decide"), id(rc.pathParam("id"))), "/board/resolutions", this::resolutions));
    }

    private static UUID id(String value) {
        UUID id = Ids.parseOrNull(value);
        if (id == null) {
            throw new HearthException(ErrorCode.NOT_FOUND, "Nothing has this id.");
        }
        return id;
    }

    private void summary(RoutingContext rc) {
        StringBuilder body = new StringBuilder("<p>").append(Html.esc(charter.companyName())).append(" · profile <strong>")
                .append(charter.legalProfile().code()).append("</strong> · accounts in ").append(ledger.currency().getCurrencyCode()).append("</p>");
        List<Balance> trial = ledger.statements().trialBalance(null, null);
        Money debits = trial.stream().map(Balance::debits).reduce(Money.zero(ledger.currency()), Money::plus);
        Money credits = trial.stream().map(Balance::credits).reduce(Money.zero(ledger.currency()), Money::plus);
        body.append("<h2>Ledger</h2><table id=\"ledger-summary\"><thead><tr><th scope=\"col\">Account</th><th scope=\"col\">Balance</th></tr></thead><tbody>");
        trial.stream().filter(b -> !b.net().isZero()).forEach(b -> body.append("<tr><td>").append(Html.esc(b.account().code() + " " + b.account().name()))
                .append("</td><td>").append(LedgerJson.amount(b.natural())).append("</td></tr>"));
        body.append("</tbody></table><p>Total debits ").append(LedgerJson.amount(debits)).append(" · total credits ").append(LedgerJson.amount(credits))
                .append(debits.equals(credits) ? " · balanced" : " · <strong>NOT BALANCED</strong>").append("</p><h2>Financial years</h2>");
        List<FinancialYear> years = ledger.years().years();
        if (years.isEmpty()) {
            body.append("<p>No financial year is open yet.</p>");
        }
        for (FinancialYear year : years.reversed()) {
            body.append(yearSection(org.hearth.governance.status.StatusJson.of(status.of(year.id()))));
        }
        body.append("<h2>Community projects</h2><table id=\"projects\"><thead><tr><th scope=\"col\">Project</th><th scope=\"col\">Set aside</th>")
                .append("<th scope=\"col\">Spent</th><th scope=\"col\">Available</th></tr></thead><tbody>");
        projects.standings().forEach(p -> body.append("<tr><td>").append(Html.esc(p.project().name())).append("</td><td>")
                .append(LedgerJson.amount(p.allocated())).append("</td><td>").append(LedgerJson.amount(p.spent())).append("</td><td>")
                .append(LedgerJson.amount(p.available())).append("</td></tr>"));
        body.append("</tbody></table>");
        frame.send(rc, "Board", body.toString());
    }

    private String yearSection(JsonObject s) {
        JsonObject year = s.getJsonObject("year");
        StringBuilder out = new StringBuilder("<section class=\"year\" id=\"year-").append(year.getString("startsOn")).append("\"><h3>")
                .append(year.getString("startsOn")).append(" to ").append(year.getString("endsOn")).append(" · ").append(year.getString("status"))
                .append("</h3><dl><dt>Result</dt><dd class=\"result\">").append(s.getString("result")).append("</dd>");
        JsonObject dividends = s.getJsonObject("dividends");
        if (dividends != null) {
            out.append("<dt>Distributable profits</dt><dd>").append(dividends.getString("distributableProfits")).append("</dd>")
                    .append("<dt>Dividend cap (").append(dividends.getString("capRate")).append(" in force on the first day)</dt><dd class=\"cap\">")
                    .append(dividends.getString("cap")).append("</dd><dt>Declared (not exempt)</dt><dd>").append(dividends.getString("declared"))
                    .append("</dd><dt>Headroom</dt><dd class=\"headroom\">").append(dividends.getString("headroom")).append("</dd>");
        }
        JsonObject reserves = s.getJsonObject("reserves");
        for (Map.Entry<String, Object> e : reserves) {
            if (!e.getKey().equals("asOf")) {
                out.append("<dt>").append(Html.esc(words(e.getKey()))).append("</dt><dd>").append(Html.esc(String.valueOf(e.getValue()))).append("</dd>");
            }
        }
        JsonObject reinvestment = s.getJsonObject("reinvestment");
        JsonObject thisYear = reinvestment.getJsonObject("year");
        if (thisYear != null) {
            out.append("<dt>Reinvested this year</dt><dd class=\"reinvestment\">").append(percent(thisYear.getString("share"))).append(" (minimum ")
                    .append(percent(thisYear.getString("minimumShare"))).append(")").append(thisYear.getBoolean("belowMinimum") ? " <strong>below the minimum</strong>" : "")
                    .append("</dd>");
        }
        JsonObject cumulative = reinvestment.getJsonObject("cumulative");
        out.append("<dt>Reinvested since the first year</dt><dd>").append(percent(cumulative.getString("share"))).append(" (minimum ")
                .append(percent(cumulative.getString("minimumShare"))).append(")</dd>");
        out.append("<dt>Annual report</dt><dd>").append(s.getBoolean("annualReportApproved") ? "approved" : "not approved").append("</dd></dl></section>");
        return out.toString();
    }

    private static String words(String camel) {
        return camel.replaceAll("([A-Z])", " $1").toLowerCase(java.util.Locale.ROOT);
    }

    private static String percent(String share) {
        if (share == null) {
            return "—";
        }
        return new java.math.BigDecimal(share).movePointRight(2).setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    private void resolutions(RoutingContext rc, String error) {
        boolean secretary = Security.caller(rc).hasRole("board");
        List<Member> members = board.members();
        StringBuilder body = new StringBuilder(PageFrame.error(error));
        body.append("<p>Ordinary resolutions need ").append(rule(charter.ordinaryResolution())).append("; special ones ")
                .append(rule(charter.specialResolution())).append(". Members vote one member one vote within their college; colleges weigh ")
                .append(Html.esc(String.join(", ", charter.colleges().stream().map(c -> c.name() + " " + c.weight().toPlainString() + "%").toList())))
                .append(".</p><div id=\"resolutions\">");
        for (Resolution r : board.resolutions()) {
            body.append("<section class=\"resolution\"><h2>").append(Html.esc(r.title())).append("</h2><p>").append(r.kind().code()).append(" · ")
                    .append(r.subject().code().replace('_', ' ')).append(" · ").append(Html.esc(r.meeting().title())).append(" (").append(r.meeting().heldOn())
                    .append(")</p><p>").append(Html.esc(r.body())).append("</p><p>Votes recorded: ").append(r.votes().size()).append(" · outcome: <strong class=\"outcome\">")
                    .append(r.outcome() == null ? "open" : Resolution.code(r.outcome()).replace('_', ' ')).append("</strong></p>");
            if (r.outcome() == null && secretary) {
                body.append("<form method=\"post\" action=\"/board/resolutions/").append(r.id()).append("/votes\">").append(frame.csrf(rc))
                        .append("<label for=\"member-").append(r.id()).append("\">Member</label><select id=\"member-").append(r.id()).append("\" name=\"memberId\">");
                members.stream().filter(m -> !r.votes().containsKey(m.id())).forEach(m -> body.append("<option value=\"").append(m.id()).append("\">")
                        .append(Html.esc(m.name() + " (" + m.college() + ")")).append("</option>"));
                body.append("</select><label for=\"choice-").append(r.id()).append("\">Vote</label><select id=\"choice-").append(r.id())
                        .append("\" name=\"choice\"><option>for</option><option>against</option><option>abstain</option></select>")
                        .append("<button type=\"submit\">Record vote</button></form><form method=\"post\" action=\"/board/resolutions/").append(r.id())
                        .append("/result\">").append(frame.csrf(rc)).append("<button type=\"submit\">Close the vote and count</button></form>");
            }
            if (r.tally() != null) {
                body.append("<p class=\"tally\">Weighted turnout ").append(percent(r.tally().weightedTurnout()))
                        .append(" (quorum ").append(percent(r.tally().quorum())).append("), in favour ")
                        .append(Html.esc(r.tally().weightedFor())).append(" of ").append(Html.esc(r.tally().weightedCast()))
                        .append(" weighted votes cast</p>");
            }
            body.append("</section>");
        }
        body.append("</div>");
        if (secretary) {
            body.append("<h2>New meeting</h2><form method=\"post\" action=\"/board/meetings\">").append(frame.csrf(rc))
                    .append("<label for=\"heldOn\">Date</label><input id=\"heldOn\" name=\"heldOn\" type=\"date\" required>")
                    .append("<label for=\"kind\">Kind</label><select id=\"kind\" name=\"kind\"><option>general</option><option>board</option></select>")
                    .append(Html.field("title", "Title", "text", "off")).append("<button type=\"submit\">Add meeting</button></form>");
            body.append("<h2>New resolution</h2><form method=\"post\" action=\"/board/resolutions\">").append(frame.csrf(rc))
                    .append("<label for=\"meetingId\">Meeting</label><select id=\"meetingId\" name=\"meetingId\">");
            board.meetings().forEach(m -> body.append("<option value=\"").append(m.id()).append("\">").append(Html.esc(m.heldOn() + " " + m.title()))
                    .append("</option>"));
            body.append("</select><label for=\"rkind\">Kind</label><select id=\"rkind\" name=\"kind\"><option>ordinary</option><option>special</option></select>")
                    .append("<label for=\"subject\">Subject</label><select id=\"subject\" name=\"subject\"><option>dividend</option><option>annual_report</option>")
                    .append("<option>share_interest</option><option>other</option></select>").append(Html.field("rtitle", "Title", "text", "off").replace("name=\"rtitle\"", "name=\"title\""))
                    .append("<label for=\"body\">Text</label><textarea id=\"body\" name=\"body\" required></textarea><button type=\"submit\">Propose</button></form>");
        }
        frame.send(rc, "Resolutions", body.toString());
    }

    private static String rule(org.hearth.governance.charter.ResolutionRule rule) {
        return (rule.threshold() == org.hearth.governance.charter.ResolutionRule.Threshold.MORE_THAN ? "more than " : "at least ")
                + percent(rule.majority().toPlainString()) + " of the weighted votes cast, with a quorum of " + percent(rule.quorum().toPlainString());
    }
}
