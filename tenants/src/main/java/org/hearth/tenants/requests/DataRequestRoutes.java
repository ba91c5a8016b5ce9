package org.hearth.tenants.requests;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.UUID;
import org.hearth.datastore.AgreementJson;
import org.hearth.datastore.RequestTerms;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.tenants.clients.TenantCalls;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** {@code /api/v1/tenant/data-requests}: publish, list, close. */
public final class DataRequestRoutes implements ApiRoutes {

    private final DataRequestService requests;
    private final TenantCalls tenants;
    private final String publicBaseUrl;

    public DataRequestRoutes(DataRequestService requests, TenantCalls tenants, String publicBaseUrl) {
        this.requests = requests;
        this.tenants = tenants;
        this.publicBaseUrl = publicBaseUrl;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("createDataRequest", tenants.guarded(this::create)).handle("listDataRequests", tenants.guarded(this::list))
                .handle("closeDataRequest", tenants.guarded(this::close));
    }

    private void create(RoutingContext rc) {
        TenantScope tenant = Calls.tenant(rc);
        JsonObject b = Api.body(rc);
        RequestTerms terms = requests.publish(Calls.context(rc), tenant, new NewDataRequest(b.getString("title"), b.getString("purpose"), b.getString("description"),
                strings(b.getJsonArray("categories")), strings(b.getJsonArray("accessModes")), b.getInteger("durationDays"),
                b.getInteger("retentionDays"), b.getString("lawfulBasis"), b.getString("policyUrl"), b.getString("benefit")));
        String code = requests.list(tenant).stream().filter(p -> p.terms().requestId().equals(terms.requestId())).findFirst().orElseThrow().code();
        Api.json(rc, 201, json(code, terms));
    }

    private void list(RoutingContext rc) {
        JsonArray items = new JsonArray();
        requests.list(Calls.tenant(rc)).forEach(p -> items.add(json(p.code(), p.terms())));
        Api.json(rc, 200, new JsonObject().put("items", items));
    }

    private void close(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            throw new HearthException(ErrorCode.NOT_FOUND, "You have no data request with this id.");
        }
        requests.close(Calls.context(rc), Calls.tenant(rc), id);
        Api.noContent(rc);
    }

    private JsonObject json(String code, RequestTerms terms) {
        return AgreementJson.terms(terms).put("code", code).put("invitationUrl", publicBaseUrl + "/requests/" + code);
    }

    private static List<String> strings(JsonArray array) {
        return array == null ? List.of() : array.stream().map(String::valueOf).toList();
    }
}
