package org.hearth.tenants.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.RequestId;
import org.hearth.kernel.actor.TenantGuard;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.crypto.PasswordHasher;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.tenants.TenantsDatabase;
import org.hearth.tenants.clients.ClientCredentials;
import org.hearth.tenants.clients.ClientService;
import org.hearth.tenants.keys.TenantKeys;
import org.hearth.web.security.AccessTokens;
import org.hearth.kernel.crypto.SigningKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A tenant's team: invitations by one-time link, roles, and the last admin, on a real PostgreSQL as the application's role. */
class TeamServiceIT {

    private final Db db = TenantsDatabase.app();
    private final PasswordHasher hasher = new PasswordHasher(8 * 1024, 1, 1);
    /** What the team queued to be mailed (the mail feature itself is tested with a real SMTP server in MailIT). */
    private final java.util.List<String> mailed = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final TeamService team = new TeamService(db, hasher, Clock.systemUTC(), new org.hearth.datastore.IndividualMail() {
        @Override
        public void tell(org.jooq.DSLContext tx, UUID individualId, Kind kind, Map<String, String> facts) {
            mailed.add(kind + " to individual " + individualId);
        }

        @Override
        public void write(org.jooq.DSLContext tx, String address, String language, Kind kind, Map<String, String> facts) {
            mailed.add(kind + " to " + address + " in " + language + " from " + facts.get("organisation") + " as " + facts.get("role"));
        }
    });
    private final ClientService clients = new ClientService(db, new AccessTokens(SigningKeys.fromJwk(SigningKeys.generateJwk()), "http://localhost",
            Duration.ofMinutes(15), Clock.systemUTC()), new TenantKeys(db, TenantsDatabase.masterKeys()), Map.of("sandbox", 20.0));

    private UUID tenant;
    private UUID admin;
    private TenantScope scope;

    @BeforeEach
    void registerATenantWithItsAdmin() {
        TenantsDatabase.reset();
        ClientCredentials created = clients.register(RequestId.generate(), "Acme", "company", "contact@acme.example",
                new ClientService.Admin("admin@acme.example", hasher.hash("correct horse battery")));
        tenant = created.tenantId();
        admin = team.members(TenantsDatabase.scope(tenant)).getFirst().id();
        scope = TenantGuard.admit(Actor.member(tenant, admin, "admin"));
    }

    private CallContext asAdmin(String operation) {
        return new CallContext(Actor.member(tenant, admin, "admin"), operation, RequestId.generate());
    }

    @Test
    void aColleagueJoinsByTheLinkOnceAndEachStepIsAudited() {
        assertThat(TenantsDatabase.audit(ClientService.REGISTER)).singleElement().satisfies(r -> assertThat(r.getScope()).isEqualTo("system"));

        var issued = team.invite(asAdmin("page.console.team.invite"), scope, TeamService.invitedBy(admin), "Dev@Acme.example", "developer");
        assertThat(team.pendingInvitations(scope)).extracting(Invitation::email).containsExactly("dev@acme.example");
        assertThat(mailed).containsExactly("TEAM_INVITATION to dev@acme.example in null from Acme as developer");
        assertThat(team.describe(RequestId.generate(), issued.token()).role()).isEqualTo("developer");

        Member joined = team.accept(RequestId.generate(), issued.token(), "a long enough password");

        assertThat(team.members(scope)).extracting(Member::email).containsExactly("admin@acme.example", "dev@acme.example");
        assertThat(team.pendingInvitations(scope)).isEmpty();
        assertThatThrownBy(() -> team.accept(RequestId.generate(), issued.token(), "a long enough password"))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThat(TenantsDatabase.audit("page.console.team.invite")).singleElement().satisfies(r -> {
            assertThat(r.getTenantId()).isEqualTo(tenant);
            assertThat(r.getActorPerson()).isEqualTo(admin);
        });
        // The refused second use rolled back with its audit row: one accepted invitation, one row.
        assertThat(TenantsDatabase.audit(TeamService.ACCEPT)).hasSize(1);
        assertThat(joined.role()).isEqualTo("developer");
    }

    @Test
    void theLastAdminStaysAndAnotherTenantCannotTouchTheTeam() {
        var other = clients.createTenantWithClient("Other", "company");
        TenantScope otherScope = TenantsDatabase.scope(other.tenantId());

        assertThatThrownBy(() -> team.changeRole(asAdmin("page.console.team.change_role"), scope, admin, "analyst"))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThatThrownBy(() -> team.remove(TenantsDatabase.clientCall(other.tenantId(), "page.console.team.remove"), otherScope, admin))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));

        assertThat(team.members(scope)).extracting(Member::role).containsExactly("admin");
        assertThat(team.members(otherScope)).isEmpty();
        assertThat(TenantsDatabase.audit("page.console.team.change_role")).isEmpty();
        assertThat(TenantsDatabase.audit("page.console.team.remove")).isEmpty();
    }

    @Test
    void anAdminChangesAColleaguesRoleAndRemovesThem() {
        var issued = team.invite(asAdmin("page.console.team.invite"), scope, TeamService.invitedBy(admin), "ana@acme.example", "analyst");
        Member ana = team.accept(RequestId.generate(), issued.token(), "a long enough password");

        team.changeRole(asAdmin("page.console.team.change_role"), scope, ana.id(), "developer");
        assertThat(team.members(scope)).filteredOn(m -> m.id().equals(ana.id())).extracting(Member::role).containsExactly("developer");
        team.remove(asAdmin("page.console.team.remove"), scope, ana.id());

        assertThat(team.members(scope)).extracting(Member::id).containsExactly(admin);
        assertThat(TenantsDatabase.audit("page.console.team.change_role")).singleElement().satisfies(r -> assertThat(r.getTenantId()).isEqualTo(tenant));
        assertThat(TenantsDatabase.audit("page.console.team.remove")).singleElement().satisfies(r -> assertThat(r.getScope()).isEqualTo("tenant"));
    }
}
