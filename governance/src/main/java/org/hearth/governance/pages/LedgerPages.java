package org.hearth.governance.pages;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.TreeSet;
import org.hearth.governance.closing.YearClosing;
import org.hearth.governance.distributions.LoanService;
import org.hearth.governance.ledger.Entry;
import org.hearth.governance.ledger.FinancialYear;
import org.hearth.governance.ledger.LedgerJson;
import org.hearth.governance.ledger.Ledger;
import org.hearth.governance.ledger.Line;
import org.hearth.governance.ledger.NewEntry;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.money.Money;
import org.hearth.web.pages.Html;
import org.hearth.web.security.Access;
import org.hearth.web.Calls;
import org.hearth.web.security.Security;

/** {@code /governance/ledger}: operators post entries, open and close financial years. */
final class LedgerPages {

    private final PageFrame frame;
    private final Security security;
    private final Ledger ledger;
    private final YearClosing closing;
    private final LoanService loans;

    LedgerPages(PageFrame frame, Security security, Ledger ledger, YearClosing closing, LoanService loans) {
        this.frame = frame;
        this.security = security;
        this.ledger = ledger;
        this.closing = closing;
        this.loans = loans;
    }

    void mount(Router router) {
        var guard = security.pageGuard(Access.OPERATOR);
        var forms = BodyHandler.create(false).setBodyLimit(32 * 1024);
        router.get("/governance/ledger").handler(guard).handler(rc -> page(rc, null));
        router.post("/governance/ledger/entries").handler(forms).handler(guard).handler(rc -> frame.change(rc, () -> post(rc),
                "/governance/ledger", this::page));
        router.post("/governance/ledger/loans").handler(forms).handler(guard).handler(rc -> frame.change(rc, () -> {
            var f = rc.request().formAttributes();
            loans.record(Calls.context(rc, "page.ledger.record_loan"), f.get("lender"), LedgerJson.requiredDate(f.get("agreementDate"), "agreementDate"),
                    LedgerJson.requiredDate(f.get("receivedOn"), "receivedOn"),
                    ledger.amounts().positive(f.get("principal"), "principal"), "on".equals(f.get("performanceRelated")));
        }, "/governance/ledger", this::page));
        router.post("/governance/ledger/years").handler(forms).handler(guard).handler(rc -> frame.change(rc,
                () -> ledger.years().openYear(Calls.context(rc, "page.ledger.open_year"), LedgerJson.requiredDate(rc.request().getFormAttribute("startsOn"), "startsOn")), "/governance/ledger", this::page));
        router.post("/governance/ledger/years/:id/close").handler(forms).handler(guard).handler(rc -> frame.change(rc, () -> {
            var id = Ids.parseOrNull(rc.pathParam("id"));
            if (id == null) {
                throw new HearthException(ErrorCode.NOT_FOUND, "There is no financial year with this id.");
            }
            closing.close(Calls.context(rc, "page.ledger.close_year"), id, null, null);
        }, "/governance/ledger", this::page));
    }

    private void post(RoutingContext rc) {
        var f = rc.request().formAttributes();
        Money amount = ledger.amounts().money(f.get("amount"));
        ledger.postings().post(Calls.context(rc, "page.ledger.post"), new NewEntry(LedgerJson.requiredDate(f.get("date"), "date"),
                LedgerJson.kind(f.get("kind")), f.get("description"), f.get("justification"),
                List.of(Line.debit(f.get("debit"), amount), Line.credit(f.get("credit"), amount))));
    }

    private void page(RoutingContext rc, String error) {
        StringBuilder body = new StringBuilder(PageFrame.error(error)).append("<h2>Financial years</h2><table id=\"years\"><thead><tr>")
                .append("<th scope=\"col\">Year</th><th scope=\"col\">Status</th><th scope=\"col\">Result</th><th scope=\"col\"></th></tr></thead><tbody>");
        List<FinancialYear> years = ledger.years().years();
        for (FinancialYear y : years) {
            body.append("<tr><td>").append(y.startsOn()).append(" to ").append(y.endsOn()).append("</td><td>").append(y.open() ? "open" : "closed")
                    .append("</td><td>").append(y.surplus() == null ? "" : LedgerJson.amount(y.surplus())).append("</td><td>");
            if (y.open()) {
                body.append("<form method=\"post\" action=\"/governance/ledger/years/").append(y.id()).append("/close\">").append(frame.csrf(rc))
                        .append("<button type=\"submit\" aria-label=\"Close the year starting ").append(y.startsOn()).append("\">Close</button></form>");
            }
            body.append("</td></tr>");
        }
        body.append("</tbody></table><form method=\"post\" action=\"/governance/ledger/years\">").append(frame.csrf(rc))
                .append("<label for=\"startsOn\">Open the year starting</label><input id=\"startsOn\" name=\"startsOn\" type=\"date\" required value=\"")
                .append(years.isEmpty() ? "" : years.getLast().endsOn().plusDays(1).toString()).append("\"><button type=\"submit\">Open year</button></form>");
        List<org.hearth.governance.ledger.Account> accounts = ledger.accounts().accounts();
        body.append("<h2>New entry</h2><form method=\"post\" action=\"/governance/ledger/entries\" id=\"new-entry\">").append(frame.csrf(rc))
                .append("<label for=\"date\">Date of the document</label><input id=\"date\" name=\"date\" type=\"date\" required>")
                .append("<label for=\"ekind\">Kind</label><select id=\"ekind\" name=\"kind\">");
        new TreeSet<>(org.hearth.governance.ledger.EntryKind.manualCodes()).forEach(k -> body.append("<option>").append(k).append("</option>"));
        body.append("</select>").append(Html.field("description", "Description", "text", "off")).append(Html.field("justification", "Justification (document reference)", "text", "off"))
                .append(accountSelect("debit", "Debit account", accounts)).append(accountSelect("credit", "Credit account", accounts))
                .append("<label for=\"amount\">Amount (").append(ledger.currency().getCurrencyCode()).append(")</label>")
                .append("<input id=\"amount\" name=\"amount\" inputmode=\"decimal\" pattern=\"[0-9]+(\\.[0-9]{1,2})?\" required>")
                .append("<button type=\"submit\">Post entry</button></form>");
        body.append("<h2>Loan received</h2><form method=\"post\" action=\"/governance/ledger/loans\" id=\"new-loan\">").append(frame.csrf(rc))
                .append(Html.field("lender", "Lender", "text", "off"))
                .append("<label for=\"agreementDate\">Date the loan agreement was made</label><input id=\"agreementDate\" name=\"agreementDate\" type=\"date\" required>")
                .append("<label for=\"receivedOn\">Date received</label><input id=\"receivedOn\" name=\"receivedOn\" type=\"date\" required>")
                .append("<label for=\"principal\">Principal (").append(ledger.currency().getCurrencyCode()).append(")</label>")
                .append("<input id=\"principal\" name=\"principal\" inputmode=\"decimal\" pattern=\"[0-9]+(\\.[0-9]{1,2})?\" required>")
                .append("<label><input type=\"checkbox\" name=\"performanceRelated\"> Interest depends on the company's performance</label>")
                .append("<button type=\"submit\">Record loan</button></form>");
        body.append("<h2>Latest entries</h2><table id=\"entries\"><thead><tr><th scope=\"col\">#</th><th scope=\"col\">Date</th><th scope=\"col\">Kind</th>")
                .append("<th scope=\"col\">Description</th><th scope=\"col\">Lines</th></tr></thead><tbody>");
        for (Entry e : ledger.statements().latest(50)) {
            body.append("<tr><td>").append(e.seq()).append("</td><td>").append(e.entryDate()).append("</td><td>").append(Html.esc(e.kind().code()))
                    .append("</td><td>").append(Html.esc(e.description())).append("<br><small>").append(Html.esc(e.justification())).append("</small></td><td>");
            for (Line l : e.lines()) {
                body.append(Html.esc(l.account())).append(l.debit().isPositive() ? " Dr " + LedgerJson.amount(l.debit()) : " Cr " + LedgerJson.amount(l.credit()))
                        .append("<br>");
            }
            body.append("</td></tr>");
        }
        body.append("</tbody></table>");
        frame.send(rc, "Ledger", body.toString());
    }

    private static String accountSelect(String id, String label, List<org.hearth.governance.ledger.Account> accounts) {
        StringBuilder out = new StringBuilder("<label for=\"").append(id).append("\">").append(Html.esc(label)).append("</label><select id=\"")
                .append(id).append("\" name=\"").append(id).append("\">");
        accounts.forEach(a -> out.append("<option value=\"").append(Html.esc(a.code())).append("\">").append(Html.esc(a.code() + " " + a.name()))
                .append("</option>"));
        return out.append("</select>").toString();
    }
}
