package org.hearth.tenants;

import java.util.List;
import org.hearth.kernel.db.Db;
import org.hearth.tenants.clients.ClientService;
import org.hearth.tenants.clients.TokenEndpointRoutes;
import org.hearth.tenants.profile.TenantProfileRoutes;
import org.hearth.web.api.ApiRoutes;
import org.hearth.web.security.AccessTokens;

/** The tenants module's services, composed once by the application. */
public final class TenantsModule {

    private final ClientService clients;

    private TenantsModule(ClientService clients) {
        this.clients = clients;
    }

    public static TenantsModule create(Db db, AccessTokens accessTokens) {
        return new TenantsModule(new ClientService(db, accessTokens));
    }

    public ClientService clients() {
        return clients;
    }

    public List<ApiRoutes> apiRoutes() {
        return List.of(new TokenEndpointRoutes(clients), new TenantProfileRoutes(clients));
    }
}
