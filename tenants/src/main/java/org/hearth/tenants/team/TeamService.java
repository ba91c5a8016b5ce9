package org.hearth.tenants.team;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.hearth.datastore.Email;
import org.hearth.datastore.PasswordPolicy;
import org.hearth.kernel.crypto.PasswordHasher;
import org.hearth.kernel.crypto.Tokens;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;

/**
 * Who is on a tenant's team, and how the team changes.
 *
 * <p>Decisions where the issue is silent: a colleague joins through a one-time link that an
 * admin passes on (the platform sends no e-mail), valid for seven days, so that nobody but the
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

    public TeamService(Db db, PasswordHasher hasher, Clock clock) {
        this.db = db;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** An invitation as created: the token is in the link only and is not kept. */
    public record Issued(Invitation invitation, String token) {
    }

    public List<Member> members(UUID tenantId) {
        return db.asTenant(tenantId, "team.members", dsl -> repository.members(dsl, tenantId));
    }

    public List<Invitation> pendingInvitations(UUID tenantId) {
        return db.asTenant(tenantId, "team.invitations", dsl -> repository.pending(dsl, tenantId, OffsetDateTime.now(clock)));
    }

    public Issued invite(UUID tenantId, String invitedBy, String email, String role) {
        String address = new Email(email).value().toLowerCase(Locale.ROOT);
        requireRole(role);
        return db.asTenant(tenantId, "team.invite", dsl -> {
            if (repository.emailTaken(dsl, address) || repository.pending(dsl, tenantId, OffsetDateTime.now(clock)).stream()
                    .anyMatch(i -> i.email().equals(address))) {
                throw new HearthException(ErrorCode.CONFLICT, address + " is already a member or already invited.");
            }
            String token = Tokens.newSecret("hinv_");
            var invitation = new Invitation(Ids.newId(), address, role, invitedBy, OffsetDateTime.now(clock).plus(INVITATION_LIFETIME));
            repository.insertInvitation(dsl, invitation.id(), tenantId, address, role, Tokens.sha256(token), invitedBy, invitation.expiresAt());
            return new Issued(invitation, token);
        });
    }

    public void withdraw(UUID tenantId, UUID invitationId) {
        if (db.asTenant(tenantId, "team.withdraw", dsl -> repository.withdraw(dsl, tenantId, invitationId)) == 0) {
            throw new HearthException(ErrorCode.NOT_FOUND, "You have no pending invitation with this id.");
        }
    }

    /** What an invitation link offers, before the colleague chooses a password; 404 when it is spent. */
    public Invitation describe(String token) {
        return db.tx("team.describe_invitation", dsl -> usable(dsl, token)).invitation();
    }

    /** The colleague chooses a password and becomes a member; the link then stops working. */
    public Member accept(String token, String password) {
        return db.tx("team.accept", dsl -> {
            Usable found = usable(dsl, token);
            Invitation invitation = found.invitation();
            PasswordPolicy.check(password, invitation.email());
            if (repository.emailTaken(dsl, invitation.email())) {
                throw new HearthException(ErrorCode.CONFLICT, invitation.email() + " already signs in to a console.");
            }
            UUID id = Ids.newId();
            repository.insertMember(dsl, id, found.tenantId(), invitation.email(), hasher.hash(password), invitation.role());
            repository.markAccepted(dsl, invitation.id());
            return new Member(id, invitation.email(), invitation.role(), OffsetDateTime.now(clock));
        });
    }

    public void changeRole(UUID tenantId, UUID memberId, String role) {
        requireRole(role);
        db.asTenant(tenantId, "team.change_role", dsl -> {
            int admins = repository.lockAdmins(dsl, tenantId);
            Member member = repository.lockMember(dsl, tenantId, memberId).orElseThrow(TeamService::noSuchMember);
            if (member.role().equals("admin") && !role.equals("admin") && admins <= 1) {
                throw lastAdmin();
            }
            repository.setRole(dsl, memberId, role);
            if (member.role().equals("admin") && !role.equals("admin")) {
                repository.withdrawInvitationsBy(dsl, tenantId, invitedBy(memberId));
            }
            return null;
        });
    }

    public void remove(UUID tenantId, UUID memberId) {
        db.asTenant(tenantId, "team.remove", dsl -> {
            int admins = repository.lockAdmins(dsl, tenantId);
            Member member = repository.lockMember(dsl, tenantId, memberId).orElseThrow(TeamService::noSuchMember);
            if (member.role().equals("admin") && admins <= 1) {
                throw lastAdmin();
            }
            repository.delete(dsl, memberId);
            // An admin on the way out must not be able to invite themselves back.
            repository.withdrawInvitationsBy(dsl, tenantId, invitedBy(memberId));
            return null;
        });
    }

    private record Usable(Invitation invitation, UUID tenantId) {
    }

    private Usable usable(org.jooq.DSLContext dsl, String token) {
        var row = repository.lockByToken(dsl, Tokens.sha256(token == null ? "" : token))
                .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "This invitation link is not valid."));
        if (row.getAcceptedAt() != null || row.getWithdrawnAt() != null || !row.getExpiresAt().isAfter(OffsetDateTime.now(clock))) {
            throw new HearthException(ErrorCode.NOT_FOUND, "This invitation link has been used, withdrawn or has expired; ask an admin for a new one.");
        }
        return new Usable(new Invitation(row.getId(), row.getEmail(), row.getRole(), row.getInvitedBy(), row.getExpiresAt()), row.getTenantId());
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
