package org.hearth.tenants.clients;

import io.vertx.ext.web.RoutingContext;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** {@code /api/v1/tenant/clients}: add (rotate with overlap), list, revoke OAuth clients. */
public final class ClientRoutes implements ApiRoutes {

    private final ClientService clients;
    private final TenantCalls tenants;

    public ClientRoutes(ClientService clients, TenantCalls tenants) {
        this.clients = clients;
        this.tenants = tenants;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("addClient", tenants.guarded(this::add))
                .handle("listClients", tenants.guarded(rc -> Api.json(rc, 200, ClientJson.list(clients.clients(Calls.tenant(rc))))))
                .handle("revokeClient", tenants.guarded(rc -> {
                    clients.revokeClient(Calls.context(rc), Calls.tenant(rc), rc.pathParam("clientId"));
                    Api.noContent(rc);
                }));
    }

    private void add(RoutingContext rc) {
        ClientCredentials created = clients.addClient(Calls.context(rc), Calls.tenant(rc));
        rc.response().putHeader("Cache-Control", "no-store");
        Api.json(rc, 201, ClientJson.created(created));
    }
}
