package org.hearth.governance.distributions;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.math.BigDecimal;
import java.util.UUID;
import org.hearth.governance.ledger.LedgerJson;
import org.hearth.governance.ledger.LedgerRoutes;
import org.hearth.governance.ledger.Ledger;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** Dividends, interest on shares, loans and their interest, and transfers of assets. */
public final class DistributionRoutes implements ApiRoutes {

    private final Ledger ledger;
    private final DividendService dividends;
    private final ShareInterestService shareInterest;
    private final LoanService loans;
    private final AssetTransferService transfers;

    public DistributionRoutes(Ledger ledger, DividendService dividends, ShareInterestService shareInterest, LoanService loans,
                              AssetTransferService transfers) {
        this.ledger = ledger;
        this.dividends = dividends;
        this.shareInterest = shareInterest;
        this.loans = loans;
        this.transfers = transfers;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("declareDividend", this::dividend).handle("declareShareInterest", this::shareInterest)
                .handle("recordLoan", this::loan).handle("payInterest", this::interest).handle("transferAsset", this::transfer);
    }

    private static UUID uuid(JsonObject b, String field) {
        UUID id = Ids.parseOrNull(b.getString(field));
        if (id == null) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, field + " must be an id.");
        }
        return id;
    }

    private void dividend(RoutingContext rc) {
        JsonObject b = Api.body(rc);
        var declared = dividends.declare(Calls.context(rc), new DividendService.Declaration(uuid(b, "yearId"), LedgerJson.requiredDate(b.getString("declaredOn"), "declaredOn"),
                ledger.amounts().positive(b.getString("amount"), "amount"), b.getString("recipient"), b.getString("recipientRegistration"),
                b.getBoolean("recipientAssetLocked", false), b.getString("regulatorConsent"), b.getBoolean("exempt", false),
                Ids.parseOrNull(b.getString("resolutionId"))));
        JsonObject figures = DistributionJson.position(declared.decision());
        Api.json(rc, 201, new JsonObject().put("id", declared.id().toString()).put("entry", LedgerJson.entry(declared.entry()))
                .put("exempt", declared.decision().outcome() == org.hearth.governance.cic.DividendDecision.Outcome.EXEMPT)
                .put("position", figures));
    }

    private void shareInterest(RoutingContext rc) {
        JsonObject b = Api.body(rc);
        var declared = shareInterest.declare(Calls.context(rc), uuid(b, "yearId"), LedgerJson.decimal(b.getString("rate"), "rate"), ledger.amounts().positive(b.getString("amount"), "amount"),
                Ids.parseOrNull(b.getString("resolutionId")));
        Api.json(rc, 201, new JsonObject().put("id", declared.id().toString()).put("entry", LedgerJson.entry(declared.entry()))
                .put("cap", declared.decision().limit().cap().toPlainString()));
    }

    private void loan(RoutingContext rc) {
        JsonObject b = Api.body(rc);
        var loan = loans.record(Calls.context(rc), b.getString("lender"), LedgerJson.requiredDate(b.getString("agreementDate"), "agreementDate"),
                LedgerJson.requiredDate(b.getString("receivedOn"), "receivedOn"), ledger.amounts().positive(b.getString("principal"), "principal"),
                b.getBoolean("performanceRelated", false));
        Api.json(rc, 201, new JsonObject().put("id", loan.id().toString()).put("entry", LedgerJson.entry(loan.entry())));
    }

    private void interest(RoutingContext rc) {
        JsonObject b = Api.body(rc);
        var paid = loans.payInterest(Calls.context(rc), LedgerRoutes.id(rc), LedgerJson.requiredDate(b.getString("paidOn"), "paidOn"), ledger.amounts().positive(b.getString("amount"), "amount"),
                ledger.amounts().money(b.getString("averageOutstanding")));
        JsonObject out = new JsonObject().put("id", paid.id().toString()).put("entry", LedgerJson.entry(paid.entry()));
        if (paid.decision() != null) {
            out.put("capRate", paid.decision().rate().map(BigDecimal::toPlainString).orElse(null))
                    .put("cap", paid.decision().cap().map(LedgerJson::amount).orElse(null));
        }
        Api.json(rc, 201, out);
    }

    private void transfer(RoutingContext rc) {
        JsonObject b = Api.body(rc);
        var booked = transfers.transfer(Calls.context(rc), new AssetTransferService.Transfer(LedgerJson.requiredDate(b.getString("date"), "date"),
                b.getString("assetAccount"), b.getString("recipient"), b.getString("recipientRegistration"),
                b.getBoolean("recipientAssetLocked", false), ledger.amounts().positive(b.getString("value"), "value"), ledger.amounts().money(b.getString("consideration")),
                b.getString("regulatorConsent"), b.getString("communityBenefit")));
        Api.json(rc, 201, new JsonObject().put("id", booked.id().toString()).put("entry", LedgerJson.entry(booked.entry()))
                .put("basis", booked.decision().basis().orElseThrow().name().toLowerCase(java.util.Locale.ROOT)));
    }
}
