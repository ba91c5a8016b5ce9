package org.hearth.tenants.agreements;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.UUID;
import org.hearth.datastore.agreements.AgreementJson;
import org.hearth.datastore.agreements.AgreementService;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.tenants.clients.ClientService;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** {@code GET /api/v1/tenant/agreements} and the scoped read {@code GET /api/v1/tenant/agreements/{id}/records}. */
public final class TenantAgreementRoutes implements ApiRoutes {

    private final AgreementService agreements;
    private final ClientService clients;
    private final Clock clock;

    public TenantAgreementRoutes(AgreementService agreements, ClientService clients, Clock clock) {
        this.agreements = agreements;
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("listTenantAgreements", this::list).handle("readAgreementRecords", this::read);
    }

    private void list(RoutingContext rc) {
        JsonArray items = new JsonArray();
        agreements.listForTenant(clients.activeTenant(rc)).forEach(a -> items.add(AgreementJson.forTenant(a, clock)));
        Api.json(rc, 200, new JsonObject().put("items", items));
    }

    private void read(RoutingContext rc) {
        UUID tenant = clients.activeTenant(rc);
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            throw new HearthException(ErrorCode.NOT_FOUND, "There is no agreement with this id.");
        }
        AgreementService.TenantRead read = agreements.readForTenant(tenant, id, rc.queryParams().get("category"));
        JsonArray items = new JsonArray();
        read.records().forEach(r -> items.add(new JsonObject().put("id", r.id().toString()).put("schema", r.schema())
                .put("category", r.category()).put("title", r.title()).put("data", new JsonObject(r.dataJson()))
                .put("version", r.version()).put("updatedAt", r.updatedAt().toString())));
        rc.response().putHeader("Cache-Control", "no-store");
        Api.json(rc, 200, new JsonObject().put("agreementId", id.toString()).put("subjectId", read.agreement().subjectId()).put("items", items));
    }
}
