package org.hearth.tenants.clients;

import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.RequestId;
import org.hearth.kernel.actor.TenantGuard;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.crypto.Tokens;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.outbox.Outbox;
import org.hearth.tenants.TenantRegistered;
import org.hearth.tenants.keys.TenantKeys;
import org.hearth.web.security.AccessTokens;
import org.jooq.DSLContext;

/** Tenants with their first client, client authentication, and access-token issuance. */
public final class ClientService {

    public static final Set<String> KINDS = Set.of("company", "nonprofit", "public_body");
    /** The operation (and system job) of self-service registration, which an anonymous caller starts. */
    public static final String REGISTER = "registerTenant";
    /** Digest of a secret no client has: compared against when the client id is unknown, to keep timing flat. */
    private static final byte[] NO_SECRET = Tokens.sha256("no-such-client");

    private final Db db;
    private final AccessTokens accessTokens;
    private final TenantKeys keys;
    private final TenantRepository repository = new TenantRepository();
    private final RateLimiter limiter;

    public ClientService(Db db, AccessTokens accessTokens, TenantKeys keys, Map<String, Double> ratePerPlan) {
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
     * signing key pair and its first admin, in one transaction. The caller is anonymous, so the
     * work runs as the platform's {@link #REGISTER} job under the audited system scope.
     */
    public ClientCredentials register(RequestId requestId, String name, String kind, String contactEmail, Admin admin) {
        CallContext ctx = new CallContext(Actor.system(REGISTER), REGISTER, requestId);
        return db.system(ctx, tx -> {
            ClientCredentials credentials = createInTx(ctx, tx, name, kind);
            TenantScope scope = TenantGuard.forJob(ctx.actor(), credentials.tenantId());
            repository.setContact(tx, scope, contactEmail);
            if (!repository.insertMember(tx, scope, Ids.newId(), admin.email(), admin.passwordHash(), "admin")) {
                // The one unique value a registrant chooses is the admin's e-mail (members sign in by it); the same answer as an
                // individual's sign-up. Refused inside the transaction, so nothing of the registration stays, not even its audit row.
                throw new HearthException(ErrorCode.EMAIL_TAKEN, "An organisation cannot be registered with this admin e-mail. If it is yours, sign in to the console instead.");
            }
            return credentials;
        });
    }

    /**
     * Another client for the tenant: rotation is "add the new one, switch over, revoke the old
     * one", so both work during the overlap. The secret is in the answer only.
     */
    public ClientCredentials addClient(CallContext ctx, TenantScope scope) {
        String clientId = "hc_" + UUID.randomUUID().toString().replace("-", "");
        String secret = Tokens.newSecret("hcs_");
        db.write(ctx, scope, tx -> {
            repository.insertClient(tx, scope, Ids.newId(), clientId, Tokens.sha256(secret));
            return null;
        });
        return new ClientCredentials(scope.tenantId(), clientId, secret);
    }

    /** The tenant's clients (never their secrets). */
    public List<Client> clients(TenantScope scope) {
        return db.read(scope, "tenants.clients", dsl -> repository.clients(dsl, scope));
    }

    /** Revokes a client: it gets no new tokens, and the tokens it holds stop working at its next call. */
    public void revokeClient(CallContext ctx, TenantScope scope, String clientId) {
        // Refused inside the transaction, so that a refused call leaves nothing, not even its audit row.
        db.write(ctx, scope, tx -> {
            if (!repository.revokeClient(tx, scope, clientId)) {
                throw new HearthException(ErrorCode.NOT_FOUND, "You have no active client with this id.");
            }
            return null;
        });
    }

    /**
     * The operator suspends or reinstates a tenant: a suspended tenant's calls answer 403
     * tenant_suspended. The operator acts across tenants, so under the audited system scope.
     */
    public void setSuspended(CallContext ctx, UUID tenantId, boolean suspended) {
        db.system(ctx, tx -> {
            if (!repository.setStatus(tx, tenantId, suspended ? "suspended" : "active")) {
                throw new HearthException(ErrorCode.NOT_FOUND, "There is no tenant with this id.");
            }
            return null;
        });
    }

    /** {@code add-tenant}: an organisation and its first client, made by the platform itself. */
    public ClientCredentials createTenantWithClient(String name, String kind) {
        CallContext ctx = CallContext.system("add-tenant");
        return db.system(ctx, tx -> createInTx(ctx, tx, name, kind));
    }

    private ClientCredentials createInTx(CallContext ctx, DSLContext tx, String name, String kind) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "A tenant needs a name of 1 to 200 characters.");
        }
        if (!KINDS.contains(kind)) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "A tenant's kind is one of " + KINDS + ".");
        }
        String clientId = "hc_" + UUID.randomUUID().toString().replace("-", "");
        String secret = Tokens.newSecret("hcs_");
        Tenant tenant = repository.insertTenant(tx, Ids.newId(), name.strip(), kind);
        TenantScope scope = TenantGuard.forJob(ctx.actor(), tenant.id());
        repository.insertClient(tx, scope, Ids.newId(), clientId, Tokens.sha256(secret));
        keys.create(tx, scope);
        Outbox.append(tx, new TenantRegistered(tenant.id(), kind));
        return new ClientCredentials(tenant.id(), clientId, secret);
    }

    /**
     * Checks the client's secret and issues a short-lived access token for its tenant. The caller
     * is not yet anyone: the client is found under the audited system scope, by its id only.
     */
    public AccessTokens.Issued issueToken(RequestId requestId, String clientId, String clientSecret) {
        CallContext ctx = new CallContext(Actor.system("issueAccessToken"), "issueAccessToken", requestId);
        byte[] presented = Tokens.sha256(clientSecret == null ? "" : clientSecret);
        // Refused inside the transaction: a refused request leaves nothing, not even its audit row.
        Tenant tenant = db.system(ctx, dsl -> {
            Optional<TenantRepository.LiveClient> client = repository.findLiveClient(dsl, clientId);
            boolean match = MessageDigest.isEqual(client.map(TenantRepository.LiveClient::secretHash).orElse(NO_SECRET), presented);
            if (client.isEmpty() || !match) {
                throw new HearthException(ErrorCode.INVALID_CLIENT, "Unknown client, or wrong secret.", Map.of("error", "invalid_client"));
            }
            if (!client.get().tenant().active()) {
                throw new HearthException(ErrorCode.FORBIDDEN, "This organisation's account is suspended.", Map.of("error", "unauthorized_client"));
            }
            return client.get().tenant();
        });
        return accessTokens.issue(tenant.id(), clientId);
    }

    /**
     * An API call by the tenant, checked once per request: a suspended tenant's still-valid tokens
     * get 403 tenant_suspended, an analyst's session only reads, and the call counts against the
     * plan's rate limit.
     */
    public Tenant admitApiCall(Actor actor, TenantScope scope, boolean reads) {
        Tenant tenant = checkActive(actor, scope);
        if (actor.isSession() && actor.hasRole("analyst") && !reads) {
            // A team member's console session also works on the API; an analyst's only reads there too.
            throw new HearthException(ErrorCode.FORBIDDEN, "Analysts can look but not change; ask an admin or a developer.");
        }
        limiter.acquire(tenant.id(), tenant.plan());
        return tenant;
    }

    /** A call that returns individuals' records: a team member's session needs the admin or developer role. */
    void requireRecordsRole(Actor actor) {
        if (actor.isSession() && !actor.hasRole("admin") && !actor.hasRole("developer")) {
            throw new HearthException(ErrorCode.FORBIDDEN, "Analysts see counts and metadata, not individuals' records; ask an admin or a developer.");
        }
    }

    /**
     * The caller's tenant, active, and for a token its OAuth client still live: a revoked client's
     * tokens stop at once, though their signature stays valid (and cached) until they expire.
     */
    public Tenant checkActive(Actor actor, TenantScope scope) {
        var check = db.read("tenants.check", dsl -> repository.checkTenant(dsl, scope, actor.clientId()))
                .orElseThrow(() -> new HearthException(ErrorCode.UNAUTHENTICATED, "This organisation no longer exists."));
        if (!check.clientLive()) {
            throw new HearthException(ErrorCode.UNAUTHENTICATED, "This client has been revoked; its access tokens no longer work.");
        }
        Tenant tenant = check.tenant();
        if (!tenant.active()) {
            throw new HearthException(ErrorCode.TENANT_SUSPENDED, "This organisation's account is suspended; contact the operator.");
        }
        return tenant;
    }

    public Optional<Tenant> tenant(TenantScope scope) {
        return db.read(scope, "tenants.find", dsl -> repository.findTenant(dsl, scope));
    }
}
