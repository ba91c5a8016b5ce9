package org.hearth.datastore.agreements;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.UUID;
import org.hearth.datastore.Agreement;
import org.hearth.datastore.AgreementJson;
import org.hearth.kernel.id.Ids;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** The individual's side: review a request by code, accept, list, revoke, receipt, consent record. */
public final class AgreementRoutes implements ApiRoutes {

    private final AgreementService agreements;
    private final Clock clock;

    public AgreementRoutes(AgreementService agreements, Clock clock) {
        this.agreements = agreements;
        this.clock = clock;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("getDataRequestByCode", rc -> Api.json(rc, 200, AgreementJson.terms(agreements.review(rc.pathParam("code")))))
                .handle("acceptDataRequest", this::accept)
                .handle("listMyAgreements", this::list)
                .handle("revokeAgreement", rc -> {
                    agreements.revoke(Calls.context(rc), id(rc));
                    Api.noContent(rc);
                })
                .handle("getAgreementReceipt", rc -> Api.json(rc, 200, receipt(agreements.receipt(Calls.actor(rc), id(rc)))))
                .handle("getAgreementConsentRecord", rc -> Api.json(rc, 200, consentRecord(agreements.consentRecord(Calls.actor(rc), id(rc)))));
    }

    private void accept(RoutingContext rc) {
        JsonObject body = Api.body(rc);
        String language = body.getString("language", org.hearth.web.pages.Messages.forRequest(rc).language());
        Agreement agreement = agreements.accept(Calls.context(rc), body.getString("code"), language);
        rc.response().putHeader("Location", "/api/v1/me/agreements/" + agreement.id());
        Api.json(rc, 201, AgreementJson.forIndividual(agreement, clock));
    }

    private void list(RoutingContext rc) {
        JsonArray items = new JsonArray();
        agreements.list(Calls.actor(rc)).forEach(a -> items.add(AgreementJson.forIndividual(a, clock)));
        Api.json(rc, 200, new JsonObject().put("items", items));
    }

    /** A receipt as the API and the export archive give it: the compact JWS and its decoded payload. */
    public static JsonObject receipt(AgreementService.Receipt receipt) {
        return new JsonObject().put("jws", receipt.jws()).put("receipt", new JsonObject(receipt.receiptJson()));
    }

    /** A consent record as the API and the export archive give it: the record, its state now and its lifecycle events. */
    public static JsonObject consentRecord(AgreementService.ConsentRecord record) {
        JsonArray events = new JsonArray();
        record.events().forEach(e -> events.add(new JsonObject().put("event", e.kind().stored()).put("at", e.at().toString())));
        return new JsonObject(record.recordJson()).put("state", record.status().consentState()).put("events", events);
    }

    private static UUID id(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            throw AgreementService.notFound();
        }
        return id;
    }
}
