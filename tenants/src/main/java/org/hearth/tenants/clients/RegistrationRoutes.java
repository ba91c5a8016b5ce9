package org.hearth.tenants.clients;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.UUID;
import org.hearth.datastore.Email;
import org.hearth.datastore.PasswordPolicy;
import org.hearth.kernel.crypto.PasswordHasher;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.tenants.keys.TenantKeys;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/**
 * {@code POST /api/v1/tenants} (self-service registration on the sandbox plan),
 * {@code GET /api/v1/tenants/{id}/jwks.json} (a tenant's public keys for verified attributes), and
 * the operator's suspension and reinstatement of a tenant.
 */
public final class RegistrationRoutes implements ApiRoutes {

    private final ClientService clients;
    private final TenantKeys keys;
    private final PasswordHasher hasher;

    public RegistrationRoutes(ClientService clients, TenantKeys keys, PasswordHasher hasher) {
        this.clients = clients;
        this.keys = keys;
        this.hasher = hasher;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("registerTenant", this::registerTenant)
                .handle("getTenantJwks", this::jwks)
                .handle("suspendTenant", rc -> {
                    clients.setSuspended(Calls.context(rc), id(rc), true);
                    Api.noContent(rc);
                })
                .handle("reinstateTenant", rc -> {
                    clients.setSuspended(Calls.context(rc), id(rc), false);
                    Api.noContent(rc);
                });
    }

    private void registerTenant(RoutingContext rc) {
        JsonObject b = Api.body(rc);
        JsonObject admin = b.getJsonObject("admin");
        String adminEmail = new Email(admin.getString("email")).value();
        PasswordPolicy.check(admin.getString("password"), adminEmail);
        String contact = new Email(b.getString("contactEmail")).value();
        ClientCredentials created = clients.register(Calls.requestId(rc), b.getString("name"), b.getString("kind"), contact,
                new ClientService.Admin(adminEmail.toLowerCase(Locale.ROOT), hasher.hash(admin.getString("password"))));
        rc.response().putHeader("Cache-Control", "no-store").putHeader("Location", "/api/v1/tenant");
        Api.json(rc, 201, new JsonObject()
                .put("tenantId", created.tenantId().toString())
                .put("plan", "sandbox")
                .put("clientId", created.clientId())
                .put("clientSecret", created.clientSecret())
                .put("jwksUrl", "/api/v1/tenants/" + created.tenantId() + "/jwks.json"));
    }

    private void jwks(RoutingContext rc) {
        String jwks = keys.jwks(id(rc)).orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "There is no tenant with this id."));
        rc.response().putHeader("Content-Type", "application/jwk-set+json").putHeader("Cache-Control", "public, max-age=300").end(jwks);
    }

    private static UUID id(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            throw new HearthException(ErrorCode.NOT_FOUND, "There is no tenant with this id.");
        }
        return id;
    }
}
