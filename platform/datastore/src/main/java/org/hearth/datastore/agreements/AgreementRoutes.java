package org.hearth.datastore.agreements;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.UUID;
import org.hearth.kernel.id.Ids;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;
import org.hearth.web.security.Security;

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
                    agreements.revoke(owner(rc), id(rc));
                    Api.noContent(rc);
                })
                .handle("getAgreementReceipt", rc -> Api.json(rc, 200, agreements.receipt(owner(rc), id(rc))))
                .handle("getAgreementConsentRecord", rc -> Api.json(rc, 200, agreements.consentRecord(owner(rc), id(rc))));
    }

    private void accept(RoutingContext rc) {
        Agreement agreement = agreements.accept(owner(rc), Api.body(rc).getString("code"));
        rc.response().putHeader("Location", "/api/v1/me/agreements/" + agreement.id());
        Api.json(rc, 201, AgreementJson.forIndividual(agreement, clock));
    }

    private void list(RoutingContext rc) {
        JsonArray items = new JsonArray();
        agreements.list(owner(rc)).forEach(a -> items.add(AgreementJson.forIndividual(a, clock)));
        Api.json(rc, 200, new JsonObject().put("items", items));
    }

    private static UUID owner(RoutingContext rc) {
        return Security.caller(rc).individualId();
    }

    private static UUID id(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            throw AgreementService.notFound();
        }
        return id;
    }
}
