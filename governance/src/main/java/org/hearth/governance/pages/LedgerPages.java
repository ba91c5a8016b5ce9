package org.hearth.governance.pages;

import org.hearth.web.Calls;
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
import org.hearth.governance.ledger.Account;
import org.hearth.web.pages.Messages;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/** {@code /governance/ledger}: operators post entries, open and close financial years. */
public final class LedgerPages {

    private final Views frame;
    private final Security security;
    private final Ledger ledger;
    private final YearClosing closing;
    private final LoanService loans;

    LedgerPages(Views frame, Security security, Ledger ledger, YearClosing closing, LoanService loans) {
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
                "/governance/ledger?done=entry-posted", this::page));
        router.post("/governance/ledger/loans").handler(forms).handler(guard).handler(rc -> frame.change(rc, () -> {
            var f = rc.request().formAttributes();
            loans.record(Calls.context(rc, "page.ledger.record_loan"), f.get("lender"), LedgerJson.requiredDate(f.get("agreementDate"), "agreementDate"),
                    LedgerJson.requiredDate(f.get("receivedOn"), "receivedOn"),
                    ledger.amounts().positive(f.get("principal"), "principal"), "on".equals(f.get("performanceRelated")));
        }, "/governance/ledger?done=loan-recorded", this::page));
        router.post("/governance/ledger/years").handler(forms).handler(guard).handler(rc -> frame.change(rc,
                () -> ledger.years().openYear(Calls.context(rc, "page.ledger.open_year"), LedgerJson.requiredDate(rc.request().getFormAttribute("startsOn"), "startsOn")), "/governance/ledger?done=year-opened", this::page));
        router.get("/governance/ledger/years/:id/close").handler(guard).handler(this::confirmClose);
        router.post("/governance/ledger/years/:id/close").handler(forms).handler(guard).handler(rc -> {
            if ("yes".equals(rc.request().getFormAttribute("confirmed"))) {
                rc.next();
            } else {
                rc.response().setStatusCode(303).putHeader("Location", rc.request().path()).end();
            }
        }).handler(rc -> frame.change(rc, () -> {
            var id = Ids.parseOrNull(rc.pathParam("id"));
            if (id == null) {
                throw new HearthException(ErrorCode.NOT_FOUND, "There is no financial year with this id.");
            }
            closing.close(Calls.context(rc, "page.ledger.close_year"), id, null, null);
        }, "/governance/ledger?done=year-closed", this::page));
    }

    /** Closing a year cannot be undone: the page says what it books before the operator confirms. */
    private void confirmClose(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        var id = Ids.parseOrNull(rc.pathParam("id"));
        FinancialYear year = ledger.years().years().stream().filter(y -> y.id().equals(id) && y.open()).findFirst()
                .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "There is no open financial year with this id."));
        Figures f = new Figures(m);
        frame.send(rc, m, m.t("gov.confirm.close.title"), "confirm-close.jte", new ConfirmClose(m, frame.csrf(rc), f.period(year.startsOn(), year.endsOn()),
                rc.request().path()));
    }

    /** {@code confirm-close.jte}'s model. */
    public record ConfirmClose(Messages m, String csrf, String period, String action) {
    }

    private void post(RoutingContext rc) {
        var f = rc.request().formAttributes();
        Money amount = ledger.amounts().money(f.get("amount"));
        ledger.postings().post(Calls.context(rc, "page.ledger.post"), new NewEntry(LedgerJson.requiredDate(f.get("date"), "date"),
                LedgerJson.kind(f.get("kind")), f.get("description"), f.get("justification"),
                List.of(Line.debit(f.get("debit"), amount), Line.credit(f.get("credit"), amount))));
    }

    private void page(RoutingContext rc, String error) {
        Messages m = Messages.forRequest(rc);
        List<FinancialYear> years = ledger.years().years();
        LedgerView view = new LedgerView(m, new Figures(m), frame.csrf(rc), error, years,
                years.isEmpty() ? "" : years.getLast().endsOn().plusDays(1).toString(), List.copyOf(new TreeSet<>(org.hearth.governance.ledger.EntryKind.manualCodes())),
                ledger.accounts().accounts(), ledger.currency().getCurrencyCode(), ledger.statements().latest(50));
        frame.send(rc, m, m.t("nav.ledger"), "ledger.jte", view);
    }

    /** {@code ledger.jte}'s model. */
    public record LedgerView(Messages m, Figures f, String csrf, String error, List<FinancialYear> years, String nextStart, List<String> kinds,
                             List<Account> accounts, String currency, List<Entry> entries) {
    }
}
