package org.hearth.tenants.clients;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** {@code /api/v1/tenant/clients}: add (rotate with overlap), list, revoke OAuth clients. */
public final class ClientRoutes implements ApiRoutes {

    private final ClientService clients;

    public ClientRoutes(ClientService clients) {
        this.clients = clients;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("addClient", this::add)
                .handle("listClients", rc -> Api.json(rc, 200, new JsonObject().put("items", new JsonArray(clients.clients(clients.activeTenant(rc))))))
                .handle("revokeClient", rc -> {
                    clients.revokeClient(clients.activeTenant(rc), rc.pathParam("clientId"));
                    Api.noContent(rc);
                });
    }

    private void add(RoutingContext rc) {
        ClientCredentials created = clients.addClient(clients.activeTenant(rc));
        rc.response().putHeader("Cache-Control", "no-store");
        Api.json(rc, 201, new JsonObject().put("clientId", created.clientId()).put("clientSecret", created.clientSecret()));
    }
}
