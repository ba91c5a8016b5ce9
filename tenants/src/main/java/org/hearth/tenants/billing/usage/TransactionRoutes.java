package org.hearth.tenants.billing.usage;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Currency;
import java.util.UUID;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.money.Money;
import org.hearth.tenants.clients.TenantCalls;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** {@code POST /api/v1/tenant/transactions}: declare a transaction (Idempotency-Key required). */
public final class TransactionRoutes implements ApiRoutes {

    private final TransactionService transactions;
    private final TenantCalls tenants;

    public TransactionRoutes(TransactionService transactions, TenantCalls tenants) {
        this.transactions = transactions;
        this.tenants = tenants;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("declareTransaction", tenants.guarded(this::declare));
    }

    private void declare(RoutingContext rc) {
        String key = rc.request().getHeader("Idempotency-Key");
        if (key == null || key.isBlank() || key.length() > 200) {
            throw invalid("Send an Idempotency-Key header (1 to 200 characters) with every transaction.");
        }
        TransactionService.Outcome outcome = transactions.declare(Calls.context(rc), Calls.tenant(rc), key, declared(Api.body(rc)));
        rc.response().setStatusCode(201).putHeader("Content-Type", "application/json")
                .putHeader("Idempotent-Replayed", String.valueOf(outcome.replayed())).end(json(outcome.transaction()).encode());
    }

    /** The body as a record; the contract has checked the shapes, this checks the values. */
    private static DeclaredTransaction.New declared(JsonObject body) {
        UUID agreement = Ids.parseOrNull(body.getString("agreementId"));
        if (agreement == null) {
            throw invalid("agreementId must be the id of one of your agreements.");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(body.getString("currency"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw invalid("currency must be an ISO 4217 code such as EUR.");
        }
        if (currency.getDefaultFractionDigits() < 0 || currency.getDefaultFractionDigits() > 2) {
            throw invalid("currency must have at most two decimals.");
        }
        Money value;
        try {
            value = Money.of(body.getString("value"), currency);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw invalid("value must be a positive decimal string in the currency, such as \"120.00\".");
        }
        if (value.amount().signum() <= 0) {
            throw invalid("value must be positive.");
        }
        String reference = body.getString("externalReference");
        if (reference == null || reference.isBlank() || reference.length() > 200) {
            throw invalid("externalReference must be 1 to 200 characters.");
        }
        return new DeclaredTransaction.New(agreement, value, reference);
    }

    static JsonObject json(DeclaredTransaction t) {
        return new JsonObject().put("id", t.id().toString()).put("agreementId", t.agreementId().toString())
                .put("value", t.value().amount().toPlainString()).put("currency", t.value().currency().getCurrencyCode())
                .put("externalReference", t.externalReference()).put("declaredAt", t.declaredAt().toString());
    }

    private static HearthException invalid(String detail) {
        return new HearthException(ErrorCode.VALIDATION_FAILED, detail + " Nothing was declared.");
    }
}
