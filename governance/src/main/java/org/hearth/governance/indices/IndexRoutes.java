package org.hearth.governance.indices;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hearth.governance.ledger.LedgerJson;
import org.hearth.governance.ledger.Ledger;
import org.hearth.governance.scic.AnnualPay;
import org.hearth.governance.scic.PayRatioResult;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** Reference values, pay records and the ESUS pay-ratio check. */
public final class IndexRoutes implements ApiRoutes {

    private final IndexService indices;
    private final Ledger ledger;

    public IndexRoutes(IndexService indices, Ledger ledger) {
        this.indices = indices;
        this.ledger = ledger;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("listReferenceValues", rc -> {
            JsonArray items = new JsonArray();
            indices.values().forEach(v -> items.add(json(v)));
            Api.json(rc, 200, new JsonObject().put("items", items));
        }).handle("recordReferenceValue", rc -> {
            JsonObject b = Api.body(rc);
            BigDecimal value = LedgerJson.decimal(b.getString("value"), "value");
            Api.json(rc, 201, json(indices.record(Calls.context(rc), new IndexService.ReferenceValue(b.getString("kind"), b.getInteger("year"), value, b.getString("source")))));
        }).handle("recordPay", rc -> {
            int year = year(rc.pathParam("year"));
            JsonArray given = Api.body(rc).getJsonArray("people");
            List<AnnualPay> pay = new ArrayList<>();
            for (int i = 0; i < given.size(); i++) {
                JsonObject p = given.getJsonObject(i);
                pay.add(new AnnualPay(p.getString("person"), ledger.amounts().positive(p.getString("annualPay"), "annualPay")));
            }
            indices.recordPay(Calls.context(rc), year, pay);
            Api.noContent(rc);
        }).handle("payRatio", rc -> {
            PayRatioResult r = indices.payRatio(year(rc.pathParam("year")));
            Api.json(rc, 200, new JsonObject().put("annualSmic", LedgerJson.amount(r.annualSmic()))
                    .put("averageOfBestPaid", LedgerJson.amount(r.averageOfBestPaid())).put("averageLimit", LedgerJson.amount(r.averageLimit()))
                    .put("highestPay", LedgerJson.amount(r.highestPay())).put("highestLimit", LedgerJson.amount(r.highestLimit()))
                    .put("averageWithinLimit", r.averageWithinLimit()).put("highestWithinLimit", r.highestWithinLimit())
                    .put("passes", r.passes()).put("failures", new JsonArray(r.failures())));
        });
    }

    private static int year(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new HearthException(ErrorCode.NOT_FOUND, "The year is a calendar year such as 2025.");
        }
    }

    private static JsonObject json(IndexService.ReferenceValue v) {
        return new JsonObject().put("kind", v.kind()).put("year", v.year()).put("value", v.value().toPlainString()).put("source", v.source());
    }
}
