package org.hearth.tenants.verification;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import org.hearth.kernel.id.Ids;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** {@code /api/v1/operator/tenants}: every organisation with whether the platform checked who it is; recording and withdrawing the check. */
public final class VerificationRoutes implements ApiRoutes {

    private final VerificationService verification;

    public VerificationRoutes(VerificationService verification) {
        this.verification = verification;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("listOrganisations", rc -> Api.json(rc, 200, new JsonObject().put("items",
                        new JsonArray(verification.list(Calls.context(rc)).stream().map(VerificationRoutes::json).toList()))))
                .handle("verifyOrganisation", rc -> {
                    Object evidence = Api.body(rc).getValue("evidence");
                    Api.json(rc, 200, json(verification.verify(Calls.context(rc), id(rc), evidence instanceof String s ? s : null)));
                })
                .handle("withdrawOrganisationVerification", rc -> {
                    verification.withdraw(Calls.context(rc), id(rc));
                    Api.noContent(rc);
                });
    }

    static JsonObject json(Organisation o) {
        return new JsonObject().put("id", o.id().toString()).put("name", o.name()).put("kind", o.kind()).put("status", o.status())
                .put("registeredAt", o.registeredAt().toInstant().toString())
                .put("verifiedAt", o.verifiedAt() == null ? null : o.verifiedAt().toInstant().toString()).put("evidence", o.evidence());
    }

    private static UUID id(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            throw VerificationService.notFound();
        }
        return id;
    }
}
