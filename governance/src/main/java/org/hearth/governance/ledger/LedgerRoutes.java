package org.hearth.governance.ledger;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.money.Money;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;
import org.hearth.web.Calls;

/** {@code /api/v1/governance/accounts|entries|trial-balance|years}: the ledger over HTTP. */
public final class LedgerRoutes implements ApiRoutes {

    private final Ledger ledger;

    public LedgerRoutes(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("listAccounts", rc -> {
            JsonArray items = new JsonArray();
            ledger.accounts().accounts().forEach(a -> items.add(LedgerJson.account(a)));
            Api.json(rc, 200, new JsonObject().put("items", items));
        }).handle("addAccount", rc -> {
            JsonObject b = Api.body(rc);
            AccountType type = AccountType.fromCode(b.getString("type"))
                    .orElseThrow(() -> new HearthException(ErrorCode.VALIDATION_FAILED, "type must be asset, liability, equity, revenue or expense."));
            Api.json(rc, 201, LedgerJson.account(ledger.accounts().addAccount(Calls.context(rc), b.getString("code"), b.getString("name"), type)));
        }).handle("postEntry", rc -> Api.json(rc, 201, LedgerJson.entry(ledger.postings().post(Calls.context(rc), newEntry(Api.body(rc))))))
                .handle("listEntries", rc -> {
                    JsonArray items = new JsonArray();
                    int limit = rc.queryParams().contains("limit") ? Integer.parseInt(rc.queryParams().get("limit")) : 500;
                    ledger.statements().entries(LedgerJson.date(rc.queryParams().get("from"), "from"), LedgerJson.date(rc.queryParams().get("to"), "to"), limit)
                            .forEach(e -> items.add(LedgerJson.entry(e)));
                    Api.json(rc, 200, new JsonObject().put("items", items));
                }).handle("getEntry", rc -> Api.json(rc, 200, LedgerJson.entry(ledger.statements().entry(id(rc))
                        .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "There is no entry with this id.")))))
                .handle("reverseEntry", rc -> {
                    JsonObject b = Api.body(rc);
                    Api.json(rc, 201, LedgerJson.entry(ledger.postings().reverse(Calls.context(rc), id(rc),
                            LedgerJson.requiredDate(b.getString("date"), "date"), b.getString("reason"))));
                }).handle("trialBalance", this::trialBalance)
                .handle("accountStatement", this::statement)
                .handle("listYears", rc -> {
                    JsonArray items = new JsonArray();
                    ledger.years().years().forEach(y -> items.add(LedgerJson.year(y)));
                    Api.json(rc, 200, new JsonObject().put("items", items));
                }).handle("openYear", rc -> Api.json(rc, 201, LedgerJson.year(ledger.years().openYear(Calls.context(rc),
                        LedgerJson.requiredDate(Api.body(rc).getString("startsOn"), "startsOn")))));
    }

    /** The {@code id} path parameter; 404 when it is not an id. */
    public static UUID id(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            throw new HearthException(ErrorCode.NOT_FOUND, "Nothing has this id.");
        }
        return id;
    }

    private NewEntry newEntry(JsonObject b) {
        List<Line> lines = new ArrayList<>();
        JsonArray given = b.getJsonArray("lines");
        for (int i = 0; i < given.size(); i++) {
            JsonObject l = given.getJsonObject(i);
            String debit = l.getString("debit");
            String credit = l.getString("credit");
            if ((debit == null) == (credit == null)) {
                throw new HearthException(ErrorCode.VALIDATION_FAILED, "Line " + (i + 1) + " needs either a debit or a credit.");
            }
            lines.add(debit != null ? Line.debit(l.getString("account"), ledger.amounts().money(debit)) : Line.credit(l.getString("account"), ledger.amounts().money(credit)));
        }
        String currency = b.getString("currency");
        if (currency != null && !currency.equals(ledger.currency().getCurrencyCode())) {
            throw new HearthException(ErrorCode.LEDGER_RULE, "The ledger is kept in " + ledger.currency().getCurrencyCode() + " only.");
        }
        return new NewEntry(LedgerJson.requiredDate(b.getString("date"), "date"), LedgerJson.kind(b.getString("kind")), b.getString("description"),
                b.getString("justification"), lines);
    }

    private void trialBalance(RoutingContext rc) {
        LocalDate from = LedgerJson.date(rc.queryParams().get("from"), "from");
        LocalDate to = LedgerJson.date(rc.queryParams().get("to"), "to");
        JsonArray rows = new JsonArray();
        Money debits = Money.zero(ledger.currency());
        Money credits = Money.zero(ledger.currency());
        for (Balance b : ledger.statements().trialBalance(from, to)) {
            debits = debits.plus(b.debits());
            credits = credits.plus(b.credits());
            rows.add(new JsonObject().put("account", b.account().code()).put("name", b.account().name()).put("type", b.account().type().code())
                    .put("debits", LedgerJson.amount(b.debits())).put("credits", LedgerJson.amount(b.credits()))
                    .put("balance", LedgerJson.amount(b.natural())));
        }
        Api.json(rc, 200, new JsonObject().put("from", from == null ? null : from.toString()).put("to", to == null ? null : to.toString())
                .put("currency", ledger.currency().getCurrencyCode()).put("rows", rows)
                .put("totalDebits", LedgerJson.amount(debits)).put("totalCredits", LedgerJson.amount(credits))
                .put("difference", LedgerJson.amount(debits.minus(credits))));
    }

    private void statement(RoutingContext rc) {
        var statement = ledger.statements().statement(rc.pathParam("code"), LedgerJson.date(rc.queryParams().get("from"), "from"),
                LedgerJson.date(rc.queryParams().get("to"), "to"));
        JsonArray entries = new JsonArray();
        statement.entries().forEach(e -> entries.add(LedgerJson.entry(e)));
        Api.json(rc, 200, new JsonObject().put("account", LedgerJson.account(statement.account()))
                .put("opening", LedgerJson.amount(statement.opening())).put("entries", entries)
                .put("closing", LedgerJson.amount(statement.closing())));
    }
}
