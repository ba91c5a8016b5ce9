package org.hearth.tenants.team;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.hearth.datastore.Email;
import org.hearth.datastore.IndividualMail;
import org.hearth.datastore.PasswordPolicy;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.RequestId;
import org.hearth.kernel.actor.TenantGuard;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.crypto.PasswordHasher;
import org.hearth.kernel.crypto.Tokens;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;

/**
 * Who is on a tenant's team, and how the team changes.
 *
 * <p>Decisions where the issue is silent: a colleague joins through a one-time link, mailed to
 * them (in every language offered: the platform does not know theirs yet) and shown to the admin
 * to pass on when mail is not configured, valid for seven days, so that nobody but the
 * colleague ever knows their password; an e-mail address belongs to one member of one tenant,
 * because it is the console's login; a tenant always keeps one admin, so nobody can lock an
 * organisation out of its own console.
 */
public final class TeamService {

    public static final Set<String> ROLES = Set.of("admin", "developer", "analyst");
    static final Duration INVITATION_LIFETIME = Duration.ofDays(7);

    private final Db db;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final TeamRepository repository = new TeamRepository();

    private final IndividualMail mail;

    public TeamService(Db db, PasswordHasher hasher, Clock clock, IndividualMail mail) {
        this.mail = mail;
        this.db = db;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** An invitation as created: the token is in the link only and is not kept. */
    public record Issued(Invitation invitation, String token) {
    }

    public List<Member> members(TenantScope scope) {
        return db.read(scope, "team.members", dsl -> repository.members(dsl, scope));
    }

    public List<Invitation> pendingInvitations(TenantScope scope) {
        return db.read(scope, "team.invitations", dsl -> repository.pending(dsl, scope, OffsetDateTime.now(clock)));
    }

    /**
     * An invitation for a colleague. Whether the e-mail already signs in to any tenant's console is
     * asked under the system scope first (a yes or no, nothing else), because the address is unique
     * across tenants; the invitation itself is written for the tenant.
     */
    public Issued invite(CallContext ctx, TenantScope scope, String invitedBy, String email, String role) {
        String address = new Email(email).value().toLowerCase(Locale.ROOT);
        requireRole(role);
        boolean member = db.system(ctx.as("team.email_taken"), dsl -> repository.emailTaken(dsl, address));
        return db.write(ctx, scope, dsl -> {
            if (member || repository.pending(dsl, scope, OffsetDateTime.now(clock)).stream()
                    .anyMatch(i -> i.email().equals(address))) {
                throw new HearthException(ErrorCode.CONFLICT, address + " is already a member or already invited.");
            }
            String token = Tokens.newSecret("hinv_");
            var invitation = new Invitation(Ids.newId(), address, role, invitedBy, OffsetDateTime.now(clock).plus(INVITATION_LIFETIME));
            repository.insertInvitation(dsl, invitation.id(), scope, address, role, Tokens.sha256(token), invitedBy, invitation.expiresAt());
            mail.write(dsl, address, null, IndividualMail.Kind.TEAM_INVITATION, java.util.Map.of("organisation", repository.tenantName(dsl, scope),
                    "role", role, "token", token, "expires", invitation.expiresAt().toString()));
            return new Issued(invitation, token);
        });
    }

    public void withdraw(CallContext ctx, TenantScope scope, UUID invitationId) {
        db.write(ctx, scope, dsl -> {
            if (repository.withdraw(dsl, scope, invitationId) == 0) {
                throw new HearthException(ErrorCode.NOT_FOUND, "You have no pending invitation with this id.");
            }
            return null;
        });
    }

    /** What an invitation link offers, before the colleague chooses a password; 404 when it is spent. */
    public Invitation describe(RequestId requestId, String token) {
        return db.system(linkHolder(DESCRIBE, requestId), dsl -> usable(dsl, token)).invitation();
    }

    /**
     * The colleague chooses a password and becomes a member; the link then stops working. The
     * colleague is nobody yet: the platform's {@link #ACCEPT} job does it under the system scope.
     */
    public Member accept(RequestId requestId, String token, String password) {
        CallContext ctx = linkHolder(ACCEPT, requestId);
        return db.system(ctx, dsl -> {
            Usable found = usable(dsl, token);
            Invitation invitation = found.invitation();
            TenantScope scope = TenantGuard.forJob(ctx.actor(), found.tenantId());
            PasswordPolicy.check(password, invitation.email());
            if (repository.emailTaken(dsl, invitation.email())) {
                throw new HearthException(ErrorCode.CONFLICT, invitation.email() + " already signs in to a console.");
            }
            UUID id = Ids.newId();
            repository.insertMember(dsl, id, scope, invitation.email(), hasher.hash(password), invitation.role());
            repository.markAccepted(dsl, scope, invitation.id());
            return new Member(id, invitation.email(), invitation.role(), OffsetDateTime.now(clock));
        });
    }

    public void changeRole(CallContext ctx, TenantScope scope, UUID memberId, String role) {
        requireRole(role);
        db.write(ctx, scope, dsl -> {
            int admins = repository.lockAdmins(dsl, scope);
            Member member = repository.lockMember(dsl, scope, memberId).orElseThrow(TeamService::noSuchMember);
            if (member.role().equals("admin") && !role.equals("admin") && admins <= 1) {
                throw lastAdmin();
            }
            repository.setRole(dsl, scope, memberId, role);
            if (member.role().equals("admin") && !role.equals("admin")) {
                repository.withdrawInvitationsBy(dsl, scope, invitedBy(memberId));
            }
            return null;
        });
    }

    public void remove(CallContext ctx, TenantScope scope, UUID memberId) {
        db.write(ctx, scope, dsl -> {
            int admins = repository.lockAdmins(dsl, scope);
            Member member = repository.lockMember(dsl, scope, memberId).orElseThrow(TeamService::noSuchMember);
            if (member.role().equals("admin") && admins <= 1) {
                throw lastAdmin();
            }
            repository.delete(dsl, scope, memberId);
            // An admin on the way out must not be able to invite themselves back.
            repository.withdrawInvitationsBy(dsl, scope, invitedBy(memberId));
            return null;
        });
    }

    private record Usable(Invitation invitation, UUID tenantId) {
    }

    /** The jobs that act for whoever holds an invitation link (nobody the platform knows yet). */
    static final String DESCRIBE = "team.describe_invitation";
    static final String ACCEPT = "team.accept_invitation";

    private static CallContext linkHolder(String job, RequestId requestId) {
        return new CallContext(Actor.system(job), job, requestId);
    }

    private Usable usable(org.jooq.DSLContext dsl, String token) {
        var row = repository.lockByToken(dsl, Tokens.sha256(token == null ? "" : token))
                .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "This invitation link is not valid."));
        if (row.accepted() || row.withdrawn() || !row.invitation().expiresAt().isAfter(OffsetDateTime.now(clock))) {
            throw new HearthException(ErrorCode.NOT_FOUND, "This invitation link has been used, withdrawn or has expired; ask an admin for a new one.");
        }
        return new Usable(row.invitation(), row.tenantId());
    }

    /** How an invitation names the member who issued it. */
    public static String invitedBy(UUID memberId) {
        return "console member " + memberId;
    }

    private static void requireRole(String role) {
        if (role == null || !ROLES.contains(role)) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "role must be one of admin, developer, analyst.");
        }
    }

    private static HearthException noSuchMember() {
        return new HearthException(ErrorCode.NOT_FOUND, "You have no team member with this id.");
    }

    private static HearthException lastAdmin() {
        return new HearthException(ErrorCode.CONFLICT, "An organisation keeps at least one admin; make someone else admin first.");
    }
}
