package org.hearth.tenants;

import java.util.List;
import java.time.Clock;
import org.hearth.datastore.TenantAgreements;
import org.hearth.kernel.crypto.MasterKeyRing;
import org.hearth.kernel.crypto.PasswordHasher;
import org.hearth.kernel.db.Db;
import org.hearth.tenants.clients.RegistrationRoutes;
import org.hearth.tenants.deliveries.Deliveries;
import org.hearth.tenants.keys.TenantKeys;
import org.hearth.tenants.webhooks.Webhooks;
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
    private final TenantAgreements agreements;
    private final String publicBaseUrl;
    private final Clock clock;
    private final Db db;
    private final TenantKeys keys;
    private final PasswordHasher hasher;

    private TenantsModule(Db db, ClientService clients, TenantKeys keys, PasswordHasher hasher, DataRequestService requests,
                          TenantAgreements agreements, String publicBaseUrl, Clock clock) {
        this.db = db;
        this.keys = keys;
        this.hasher = hasher;
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

    public static TenantsModule create(Db db, AccessTokens accessTokens, MasterKeyRing masterKeys, PasswordHasher hasher,
                                       DataRequestService requests, TenantAgreements agreements, String publicBaseUrl, Clock clock,
                                       java.time.Duration webhookRetryBase, java.time.Duration poll, java.util.Map<String, Double> ratePerPlan,
                                       boolean webhookPrivateTargets, org.hearth.kernel.crypto.LookupKey lookupKey,
                                       java.time.Duration idempotencyTtl) {
        TenantKeys keys = new TenantKeys(db, masterKeys);
        ClientService clients = new ClientService(db, accessTokens, keys, ratePerPlan);
        TenantsModule module = new TenantsModule(db, clients, keys, hasher, requests, agreements, publicBaseUrl, clock);
        module.webhooks = Webhooks.create(db, masterKeys, clients, webhookRetryBase, poll, webhookPrivateTargets);
        module.deliveries = Deliveries.create(db, agreements, clients, keys, lookupKey, idempotencyTtl, clock);
        return module;
    }

    private Webhooks webhooks;
    private Deliveries deliveries;

    /** Idempotent deliveries: their routes, the sweep of expired keys, and what erasure deletes. */
    public Deliveries deliveries() {
        return deliveries;
    }

    /** The tenant console's pages. */
    public java.util.function.Consumer<io.vertx.ext.web.Router> console(org.hearth.web.security.Security security) {
        return new org.hearth.tenants.console.ConsolePages(security, clients, requests, agreements, webhooks,
                new org.hearth.tenants.team.TeamService(db, hasher, clock), publicBaseUrl, clock)::mount;
    }

    /** Background work: the webhook fan-out and sender. */
    public Webhooks webhooks() {
        return webhooks;
    }

    public DataRequestService requests() {
        return requests;
    }

    public ClientService clients() {
        return clients;
    }

    public List<ApiRoutes> apiRoutes() {
        return List.of(new TokenEndpointRoutes(clients), new TenantProfileRoutes(clients),
                new DataRequestRoutes(requests, clients, publicBaseUrl), new TenantAgreementRoutes(agreements, clients, clock),
                new RegistrationRoutes(clients, keys, hasher), deliveries.routes(), webhooks.routes(),
                new org.hearth.tenants.clients.ClientRoutes(clients));
    }
}
