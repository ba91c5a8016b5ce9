package org.hearth.tenants.clients;

import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.kernel.crypto.Tokens;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.outbox.Outbox;
import org.hearth.tenants.keys.TenantKeys;
import org.hearth.web.security.AccessTokens;

/** Tenants with their first client, client authentication, and access-token issuance. */
public final class ClientService {

    public static final Set<String> KINDS = Set.of("company", "nonprofit", "public_body");
    /** Digest of a secret no client has: compared against when the client id is unknown, to keep timing flat. */
    private static final byte[] NO_SECRET = Tokens.sha256("no-such-client");

    private final Db db;
    private final AccessTokens accessTokens;
    private final TenantKeys keys;
    private final TenantRepository repository = new TenantRepository();

    private final RateLimiter limiter;

    public ClientService(Db db, AccessTokens accessTokens, TenantKeys keys, java.util.Map<String, Double> ratePerPlan) {
        this.limiter = new RateLimiter(ratePerPlan);
        this.db = db;
        this.accessTokens = accessTokens;
        this.keys = keys;
    }

    /** A new organisation's first admin, who signs in to the tenant console. */
    public record Admin(String email, String passwordHash) {
    }

    /**
     * Self-service registration: the tenant on the free sandbox plan, its first OAuth client, its
     * signing key pair and its first admin, in one transaction.
     */
    public ClientCredentials register(String name, String kind, String contactEmail, Admin admin) {
        try {
            return db.tx("tenants.register", tx -> {
                ClientCredentials credentials = createInTx(tx, name, kind);
                repository.setContact(tx, credentials.tenantId(), contactEmail);
                repository.insertMember(tx, Ids.newId(), credentials.tenantId(), admin.email(), admin.passwordHash(), "admin");
                return credentials;
            });
        } catch (org.jooq.exception.IntegrityConstraintViolationException e) {
            // The one unique value a registrant chooses is the admin's e-mail (members sign in by it); the same answer as an individual's sign-up.
            throw new HearthException(ErrorCode.EMAIL_TAKEN, "An organisation cannot be registered with this admin e-mail. If it is yours, sign in to the console instead.");
        }
    }

    /**
     * Another client for the tenant: rotation is "add the new one, switch over, revoke the old
     * one", so both work during the overlap. The secret is in the answer only.
     */
    public ClientCredentials addClient(UUID tenantId) {
        String clientId = "hc_" + UUID.randomUUID().toString().replace("-", "");
        String secret = Tokens.newSecret("hcs_");
        db.asTenant(tenantId, "tenants.add_client", tx -> {
            repository.insertClient(tx, Ids.newId(), tenantId, clientId, Tokens.sha256(secret));
            return null;
        });
        return new ClientCredentials(tenantId, clientId, secret);
    }

    /** The tenant's clients (never their secrets). */
    public java.util.List<io.vertx.core.json.JsonObject> clients(UUID tenantId) {
        return db.asTenant(tenantId, "tenants.clients", dsl -> repository.clients(dsl, tenantId)).stream()
                .map(c -> new io.vertx.core.json.JsonObject().put("clientId", c.getClientId()).put("createdAt", c.getCreatedAt().toString())
                        .put("revokedAt", c.getRevokedAt() == null ? null : c.getRevokedAt().toString()))
                .toList();
    }

    /** Revokes a client: it gets no new tokens, and the tokens it holds stop working at its next call. */
    public void revokeClient(UUID tenantId, String clientId) {
        if (!db.asTenant(tenantId, "tenants.revoke_client", tx -> repository.revokeClient(tx, tenantId, clientId))) {
            throw new HearthException(ErrorCode.NOT_FOUND, "You have no active client with this id.");
        }
    }

    /** The operator suspends or reinstates a tenant: a suspended tenant's calls answer 403 tenant_suspended. */
    public void setSuspended(UUID tenantId, boolean suspended) {
        if (!db.tx("tenants.set_status", tx -> repository.setStatus(tx, tenantId, suspended ? "suspended" : "active"))) {
            throw new HearthException(ErrorCode.NOT_FOUND, "There is no tenant with this id.");
        }
    }

    public ClientCredentials createTenantWithClient(String name, String kind) {
        return db.tx("tenants.create_with_client", tx -> createInTx(tx, name, kind));
    }

    private ClientCredentials createInTx(org.jooq.DSLContext tx, String name, String kind) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "A tenant needs a name of 1 to 200 characters.");
        }
        if (!KINDS.contains(kind)) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "A tenant's kind is one of " + KINDS + ".");
        }
        String clientId = "hc_" + UUID.randomUUID().toString().replace("-", "");
        String secret = Tokens.newSecret("hcs_");
        Tenant tenant = repository.insertTenant(tx, Ids.newId(), name.strip(), kind);
        repository.insertClient(tx, Ids.newId(), tenant.id(), clientId, Tokens.sha256(secret));
        keys.create(tx, tenant.id());
        Outbox.append(tx, "tenant", tenant.id().toString(), "tenant.registered", Map.of("tenantId", tenant.id().toString(), "kind", kind));
        return new ClientCredentials(tenant.id(), clientId, secret);
    }

    /** Checks the client's secret and issues a short-lived access token for its tenant. */
    public AccessTokens.Issued issueToken(String clientId, String clientSecret) {
        var client = db.read("tenants.find_client", dsl -> repository.findLiveClient(dsl, clientId));
        byte[] presented = Tokens.sha256(clientSecret == null ? "" : clientSecret);
        boolean match = MessageDigest.isEqual(client.map(c -> c.getSecretHash()).orElse(NO_SECRET), presented);
        if (client.isEmpty() || !match) {
            throw new HearthException(ErrorCode.INVALID_CLIENT, "Unknown client, or wrong secret.", Map.of("error", "invalid_client"));
        }
        UUID tenantId = client.get().getTenantId();
        Tenant tenant = tenant(tenantId).orElseThrow(() -> new HearthException(ErrorCode.INVALID_CLIENT, "Unknown client.", Map.of("error", "invalid_client")));
        if (!tenant.active()) {
            throw new HearthException(ErrorCode.FORBIDDEN, "This organisation's account is suspended.", Map.of("error", "unauthorized_client"));
        }
        return accessTokens.issue(tenantId, clientId);
    }

    private static final String CHECKED = "hearth.activeTenant";
    private static final String CHECKED_TENANT = "hearth.activeTenant.record";

    /**
     * The calling tenant, checked on every API call: a suspended tenant's still-valid tokens get
     * 403 tenant_suspended, and the call counts against the plan's rate limit, once per request.
     */
    public UUID activeTenant(io.vertx.ext.web.RoutingContext rc) {
        UUID checked = rc.get(CHECKED);
        if (checked != null) {
            return checked;
        }
        Tenant tenant = checkActive(rc);
        var caller = org.hearth.web.security.Security.caller(rc);
        boolean reads = rc.request().method() == io.vertx.core.http.HttpMethod.GET || rc.request().method() == io.vertx.core.http.HttpMethod.HEAD;
        if (caller.isSession() && caller.hasRole("analyst") && !reads) {
            // A team member's console session also works on the API; an analyst's only reads there too.
            throw new HearthException(ErrorCode.FORBIDDEN, "Analysts can look but not change; ask an admin or a developer.");
        }
        limiter.acquire(tenant.id(), tenant.plan());
        rc.put(CHECKED, tenant.id());
        return tenant.id();
    }

    /**
     * The calling tenant, for a call that returns individuals' records: a team member's session
     * needs the admin or developer role, because analysts see counts and metadata, not people's
     * data (403 forbidden). The organisation's own tokens are not limited by this.
     */
    public UUID activeTenantForRecords(io.vertx.ext.web.RoutingContext rc) {
        var caller = org.hearth.web.security.Security.caller(rc);
        if (caller.isSession() && !caller.hasRole("admin") && !caller.hasRole("developer")) {
            throw new HearthException(ErrorCode.FORBIDDEN, "Analysts see counts and metadata, not individuals' records; ask an admin or a developer.");
        }
        return activeTenant(rc);
    }

    /**
     * The tenant of a console page: suspension applies, the API rate limit does not, because a
     * person reading pages is not API usage the plan sells.
     */
    public UUID consoleTenant(io.vertx.ext.web.RoutingContext rc) {
        UUID checked = rc.get(CHECKED);
        if (checked != null) {
            return checked;
        }
        UUID id = checkActive(rc).id();
        rc.put(CHECKED, id);
        return id;
    }

    /** The console's tenant as checked for this request (read once per request). */
    public Tenant consoleTenantRecord(io.vertx.ext.web.RoutingContext rc) {
        consoleTenant(rc);
        return rc.get(CHECKED_TENANT);
    }

    /**
     * The caller's tenant, active, and for a token its OAuth client still live: a revoked client's
     * tokens stop at once, though their signature stays valid (and cached) until they expire.
     */
    private Tenant checkActive(io.vertx.ext.web.RoutingContext rc) {
        var caller = org.hearth.web.security.Security.caller(rc);
        UUID tenantId = caller.tenantId();
        Optional<String> clientId = caller.clientId();
        var check = db.read("tenants.check", dsl -> repository.checkTenant(dsl, tenantId, clientId))
                .orElseThrow(() -> new HearthException(ErrorCode.UNAUTHENTICATED, "This organisation no longer exists."));
        if (!check.clientLive()) {
            throw new HearthException(ErrorCode.UNAUTHENTICATED, "This client has been revoked; its access tokens no longer work.");
        }
        Tenant tenant = check.tenant();
        if (!tenant.active()) {
            throw new HearthException(ErrorCode.TENANT_SUSPENDED, "This organisation's account is suspended; contact the operator.");
        }
        rc.put(CHECKED_TENANT, tenant);
        return tenant;
    }

    public Optional<Tenant> tenant(UUID tenantId) {
        return db.read("tenants.find", dsl -> repository.findTenant(dsl, tenantId));
    }
}
