package org.hearth.tenants.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.RequestId;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.tenants.TenantsDatabase;
import org.hearth.tenants.keys.TenantKeys;
import org.hearth.web.security.AccessTokens;
import org.hearth.kernel.crypto.SigningKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tenants, their OAuth clients and tokens, on a real PostgreSQL as the application's role. */
class ClientServiceIT {

    private final Db db = TenantsDatabase.app();
    private final AccessTokens tokens = new AccessTokens(SigningKeys.fromJwk(SigningKeys.generateJwk()), "http://localhost", Duration.ofMinutes(15),
            Clock.systemUTC());
    private final ClientService clients = new ClientService(db, tokens, new TenantKeys(db, TenantsDatabase.masterKeys()),
            Map.of("sandbox", 20.0));

    @BeforeEach
    void reset() {
        TenantsDatabase.reset();
    }

    @Test
    void aNewTenantIsMadeByThePlatformUnderTheAuditedSystemScope() {
        ClientCredentials created = clients.createTenantWithClient("Acme", "company");

        var audit = TenantsDatabase.audit("add-tenant");
        assertThat(audit).hasSize(1);
        assertThat(audit.getFirst().getActorKind()).isEqualTo("system");
        assertThat(audit.getFirst().getScope()).isEqualTo("system");
        assertThat(clients.clients(TenantsDatabase.scope(created.tenantId()))).extracting(Client::clientId).containsExactly(created.clientId());
        assertThat(clients.tenant(TenantsDatabase.scope(created.tenantId())).orElseThrow().name()).isEqualTo("Acme");
    }

    @Test
    void anAddedClientIsListedForItsTenantOnlyAndEachWriteIsAudited() {
        ClientCredentials acme = clients.createTenantWithClient("Acme", "company");
        ClientCredentials other = clients.createTenantWithClient("Other", "nonprofit");
        var scope = TenantsDatabase.scope(acme.tenantId());

        ClientCredentials second = clients.addClient(TenantsDatabase.clientCall(acme.tenantId(), "addClient"), scope);

        assertThat(clients.clients(scope)).extracting(Client::clientId).containsExactly(acme.clientId(), second.clientId());
        assertThat(clients.clients(TenantsDatabase.scope(other.tenantId()))).extracting(Client::clientId).containsExactly(other.clientId());
        var audit = TenantsDatabase.audit("addClient");
        assertThat(audit).hasSize(1);
        assertThat(audit.getFirst().getTenantId()).isEqualTo(acme.tenantId());
        assertThat(audit.getFirst().getScope()).isEqualTo("tenant");
        assertThat(audit.getFirst().getCredential()).isEqualTo("client");
    }

    @Test
    void aTenantCannotRevokeAnotherTenantsClientAndARevokedClientGetsNoToken() {
        ClientCredentials acme = clients.createTenantWithClient("Acme", "company");
        ClientCredentials other = clients.createTenantWithClient("Other", "company");
        var otherScope = TenantsDatabase.scope(other.tenantId());

        assertThatThrownBy(() -> clients.revokeClient(TenantsDatabase.clientCall(other.tenantId(), "revokeClient"), otherScope, acme.clientId()))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThat(clients.issueToken(RequestId.generate(), acme.clientId(), acme.clientSecret()).token()).isNotBlank();

        clients.revokeClient(TenantsDatabase.clientCall(acme.tenantId(), "revokeClient"), TenantsDatabase.scope(acme.tenantId()), acme.clientId());

        assertThat(clients.clients(TenantsDatabase.scope(acme.tenantId())).getFirst().revokedAt()).isPresent();
        assertThatThrownBy(() -> clients.issueToken(RequestId.generate(), acme.clientId(), acme.clientSecret()))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CLIENT));
        // The failed revocation wrote nothing; the successful one left one audit row, for Acme.
        assertThat(TenantsDatabase.audit("revokeClient")).extracting(r -> r.getTenantId()).containsExactly(acme.tenantId());
        // One token issued; the refused request after the revocation left no audit row.
        assertThat(TenantsDatabase.audit("issueAccessToken")).hasSize(1);
    }

    @Test
    void aWrongSecretGetsNoTokenAndASuspendedTenantsCallsAreRefused() {
        ClientCredentials acme = clients.createTenantWithClient("Acme", "company");
        assertThatThrownBy(() -> clients.issueToken(RequestId.generate(), acme.clientId(), "hcs_wrong"))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CLIENT));
        var operator = new org.hearth.kernel.actor.CallContext(Actor.staff(java.util.UUID.randomUUID(), java.util.Set.of("operator")), "suspendTenant",
                RequestId.generate());

        clients.setSuspended(operator, acme.tenantId(), true);

        Actor caller = Actor.client(acme.tenantId(), acme.clientId());
        assertThatThrownBy(() -> clients.admitApiCall(caller, TenantsDatabase.scope(acme.tenantId()), true))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TENANT_SUSPENDED));
        var audit = TenantsDatabase.audit("suspendTenant");
        assertThat(audit).hasSize(1);
        assertThat(audit.getFirst().getActorKind()).isEqualTo("staff");
        assertThat(audit.getFirst().getScope()).isEqualTo("system");
    }

    @Test
    void theGuardsOneStatementCheckSeesOnlyTheScopesTenantAndLeavesAnEnclosingScopeAsItWas() {
        ClientCredentials acme = clients.createTenantWithClient("Acme", "company");
        ClientCredentials other = clients.createTenantWithClient("Other", "company");
        Actor acmeClient = Actor.client(acme.tenantId(), acme.clientId());

        assertThat(clients.checkActive(acmeClient, TenantsDatabase.scope(acme.tenantId())).name()).isEqualTo("Acme");
        // Acme's client under Other's scope (a token naming one tenant, a client of another) is not live.
        assertThatThrownBy(() -> clients.checkActive(acmeClient, TenantsDatabase.scope(other.tenantId())))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
        clients.revokeClient(TenantsDatabase.clientCall(acme.tenantId(), "revokeClient"), TenantsDatabase.scope(acme.tenantId()), acme.clientId());
        assertThatThrownBy(() -> clients.checkActive(acmeClient, TenantsDatabase.scope(acme.tenantId())))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));

        // Run inside Other's scoped transaction, the function answers for Acme and then puts Other's scope back.
        String after = db.<String>read(TenantsDatabase.scope(other.tenantId()), "test.nested", dsl -> {
            var acmeRow = dsl.selectFrom(org.hearth.schema.generated.tenants.Tables.CHECK_TENANT.call(acme.tenantId(), null)).fetchOne();
            assertThat(acmeRow.getName()).isEqualTo("Acme");
            assertThat(dsl.resultQuery("select name from tenants.tenants").fetchOne(0, String.class)).isEqualTo("Other");
            return dsl.resultQuery("select current_setting('hearth.tenant_id', true)").fetchOne(0, String.class);
        });
        assertThat(after).isEqualTo(other.tenantId().toString());
        // Outside any scope, the tenants table still shows nothing.
        int unscoped = db.read("test.unscoped", dsl -> dsl.fetchCount(org.hearth.schema.generated.tenants.Tables.TENANTS_));
        assertThat(unscoped).isZero();
    }
}
