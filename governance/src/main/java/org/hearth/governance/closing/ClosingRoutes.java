package org.hearth.governance.closing;

import io.vertx.core.json.JsonObject;
import org.hearth.governance.board.BoardService;
import org.hearth.governance.ledger.LedgerJson;
import org.hearth.governance.ledger.LedgerRoutes;
import org.hearth.governance.ledger.Ledger;
import org.hearth.kernel.money.Money;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** Closing a year, and the approval of its annual report. */
public final class ClosingRoutes implements ApiRoutes {

    private final Ledger ledger;
    private final YearClosing closing;
    private final BoardService board;

    public ClosingRoutes(Ledger ledger, YearClosing closing, BoardService board) {
        this.ledger = ledger;
        this.closing = closing;
        this.board = board;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("closeYear", rc -> {
            JsonObject b = Api.optionalBody(rc);
            Money legal = b.getString("legalReserve") == null ? null : ledger.amounts().money(b.getString("legalReserve"));
            Money statutory = b.getString("statutoryReserve") == null ? null : ledger.amounts().money(b.getString("statutoryReserve"));
            YearClosing.Closed closed = closing.close(Calls.context(rc), LedgerRoutes.id(rc), legal, statutory);
            JsonObject out = new JsonObject().put("year", LedgerJson.year(closed.year())).put("result", LedgerJson.amount(closed.result()))
                    .put("closingEntryId", closed.closingEntry() == null ? null : closed.closingEntry().id().toString());
            if (closed.allocation() != null) {
                out.put("reserveAllocation", new JsonObject()
                        .put("legalReserve", LedgerJson.amount(closed.allocation().proposal().legalReserve()))
                        .put("statutoryReserve", LedgerJson.amount(closed.allocation().proposal().statutoryReserve()))
                        .put("legalReserveMinimum", LedgerJson.amount(closed.allocation().minimums().legalReserve()))
                        .put("statutoryReserveMinimum", LedgerJson.amount(closed.allocation().statutoryRequired()))
                        .put("capitalHighWaterMark", LedgerJson.amount(closed.allocation().minimums().capitalHighWaterMark()))
                        .put("entryId", closed.allocationEntry() == null ? null : closed.allocationEntry().id().toString()));
            }
            Api.json(rc, 200, out);
        }).handle("approveAnnualReport", rc -> Api.json(rc, 200, LedgerJson.year(closing.approveAnnualReport(Calls.context(rc), LedgerRoutes.id(rc),
                        org.hearth.kernel.id.Ids.parseOrNull(Api.body(rc).getString("resolutionId")), board))));
    }
}
