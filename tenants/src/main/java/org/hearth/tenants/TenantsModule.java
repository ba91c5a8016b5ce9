package org.hearth.tenants;

import java.util.List;
import java.time.Clock;
import org.hearth.datastore.agreements.AgreementService;
import org.hearth.kernel.db.Db;
import org.hearth.tenants.agreements.TenantAgreementRoutes;
import org.hearth.tenants.requests.DataRequestRoutes;
import org.hearth.tenants.requests.DataRequestService;
import org.hearth.tenants.clients.ClientService;
import org.hearth.tenants.clients.TokenEndpointRoutes;
import org.hearth.tenants.profile.TenantProfileRoutes;
import org.hearth.web.api.ApiRoutes;
import org.hearth.web.security.AccessTokens;

/** The tenants module's services, composed once by the application. */
public final class TenantsModule {

    private final ClientService clients;
    private final DataRequestService requests;
    private final AgreementService agreements;
    private final String publicBaseUrl;
    private final Clock clock;

    private TenantsModule(ClientService clients, DataRequestService requests, AgreementService agreements, String publicBaseUrl, Clock clock) {
        this.clients = clients;
        this.requests = requests;
        this.agreements = agreements;
        this.publicBaseUrl = publicBaseUrl;
        this.clock = clock;
    }

    /** Data requests come first: the datastore's agreements look codes up in them. */
    public static DataRequestService dataRequests(Db db) {
        return new DataRequestService(db);
    }

    public static TenantsModule create(Db db, AccessTokens accessTokens, DataRequestService requests, AgreementService agreements,
                                       String publicBaseUrl, Clock clock) {
        return new TenantsModule(new ClientService(db, accessTokens), requests, agreements, publicBaseUrl, clock);
    }

    public DataRequestService requests() {
        return requests;
    }

    public ClientService clients() {
        return clients;
    }

    public List<ApiRoutes> apiRoutes() {
        return List.of(new TokenEndpointRoutes(clients), new TenantProfileRoutes(clients),
                new DataRequestRoutes(requests, clients, publicBaseUrl), new TenantAgreementRoutes(agreements, clients, clock));
    }
}
