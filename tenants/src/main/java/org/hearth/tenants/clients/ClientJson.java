package org.hearth.tenants.clients;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** The wire shapes of {@code /api/v1/tenant/clients}. */
final class ClientJson {

    private ClientJson() {
    }

    static JsonObject list(List<Client> clients) {
        JsonArray items = new JsonArray();
        clients.forEach(c -> items.add(new JsonObject().put("clientId", c.clientId()).put("createdAt", c.createdAt().toString())
                .put("revokedAt", c.revokedAt().map(Object::toString).orElse(null))));
        return new JsonObject().put("items", items);
    }

    static JsonObject created(ClientCredentials created) {
        return new JsonObject().put("clientId", created.clientId()).put("clientSecret", created.clientSecret());
    }
}
