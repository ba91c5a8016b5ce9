package org.hearth.tenants.team;

import static org.hearth.schema.generated.tenants.Tables.MEMBERS;
import static org.hearth.schema.generated.tenants.Tables.TENANTS_;
import static org.hearth.schema.generated.tenants.Tables.MEMBER_INVITATIONS;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.Tenancy;
import org.jooq.DSLContext;

/** The team's tables, queried for one tenant's scope (the invitation link's lookup excepted). */
final class TeamRepository {

    /** An invitation behind a link, whatever its state, with its tenant. */
    record LinkedInvitation(Invitation invitation, UUID tenantId, boolean accepted, boolean withdrawn) {
    }

    List<Member> members(DSLContext dsl, TenantScope scope) {
        return dsl.selectFrom(MEMBERS).where(Tenancy.owned(MEMBERS, scope)).orderBy(MEMBERS.CREATED_AT, MEMBERS.EMAIL).fetch()
                .map(r -> new Member(r.getId(), r.getEmail(), r.getRole(), r.getCreatedAt()));
    }

    Optional<Member> lockMember(DSLContext dsl, TenantScope scope, UUID memberId) {
        return dsl.selectFrom(MEMBERS).where(Tenancy.owned(MEMBERS, scope).and(MEMBERS.ID.eq(memberId))).forUpdate().fetchOptional()
                .map(r -> new Member(r.getId(), r.getEmail(), r.getRole(), r.getCreatedAt()));
    }

    /** Locks every admin row of the tenant, so two concurrent demotions cannot remove the last two admins. */
    int lockAdmins(DSLContext dsl, TenantScope scope) {
        return dsl.selectFrom(MEMBERS).where(Tenancy.owned(MEMBERS, scope).and(MEMBERS.ROLE.eq("admin"))).forUpdate().fetch().size();
    }

    boolean emailTaken(DSLContext dsl, String email) {
        return dsl.fetchExists(MEMBERS, MEMBERS.EMAIL.eq(email));
    }

    void setRole(DSLContext dsl, TenantScope scope, UUID memberId, String role) {
        dsl.update(MEMBERS).set(MEMBERS.ROLE, role).where(MEMBERS.ID.eq(memberId).and(Tenancy.owned(MEMBERS, scope))).execute();
    }

    void delete(DSLContext dsl, TenantScope scope, UUID memberId) {
        dsl.deleteFrom(MEMBERS).where(MEMBERS.ID.eq(memberId).and(Tenancy.owned(MEMBERS, scope))).execute();
    }

    void insertMember(DSLContext dsl, UUID id, TenantScope scope, String email, String passwordHash, String role) {
        dsl.insertInto(MEMBERS).set(MEMBERS.ID, id).set(MEMBERS.TENANT_ID, scope.tenantId()).set(MEMBERS.EMAIL, email)
                .set(MEMBERS.PASSWORD_HASH, passwordHash).set(MEMBERS.ROLE, role).execute();
    }

    List<Invitation> pending(DSLContext dsl, TenantScope scope, OffsetDateTime now) {
        return dsl.selectFrom(MEMBER_INVITATIONS)
                .where(Tenancy.owned(MEMBER_INVITATIONS, scope).and(MEMBER_INVITATIONS.ACCEPTED_AT.isNull())
                        .and(MEMBER_INVITATIONS.WITHDRAWN_AT.isNull()).and(MEMBER_INVITATIONS.EXPIRES_AT.gt(now)))
                .orderBy(MEMBER_INVITATIONS.CREATED_AT).fetch()
                .map(r -> new Invitation(r.getId(), r.getEmail(), r.getRole(), r.getInvitedBy(), r.getExpiresAt()));
    }

    /** The tenant's name, as its invitations name it. */
    String tenantName(DSLContext dsl, TenantScope scope) {
        return dsl.select(TENANTS_.NAME).from(TENANTS_)
                .where(TENANTS_.ID.eq(scope.tenantId())).fetchOne(TENANTS_.NAME);
    }

    void insertInvitation(DSLContext dsl, UUID id, TenantScope scope, String email, String role, byte[] tokenHash, String invitedBy,
                          OffsetDateTime expiresAt) {
        dsl.insertInto(MEMBER_INVITATIONS).set(MEMBER_INVITATIONS.ID, id).set(MEMBER_INVITATIONS.TENANT_ID, scope.tenantId())
                .set(MEMBER_INVITATIONS.EMAIL, email).set(MEMBER_INVITATIONS.ROLE, role).set(MEMBER_INVITATIONS.TOKEN_HASH, tokenHash)
                .set(MEMBER_INVITATIONS.INVITED_BY, invitedBy).set(MEMBER_INVITATIONS.EXPIRES_AT, expiresAt).execute();
    }

    int withdraw(DSLContext dsl, TenantScope scope, UUID invitationId) {
        return dsl.update(MEMBER_INVITATIONS).set(MEMBER_INVITATIONS.WITHDRAWN_AT, OffsetDateTime.now())
                .where(Tenancy.owned(MEMBER_INVITATIONS, scope).and(MEMBER_INVITATIONS.ID.eq(invitationId))
                        .and(MEMBER_INVITATIONS.ACCEPTED_AT.isNull()).and(MEMBER_INVITATIONS.WITHDRAWN_AT.isNull()))
                .execute();
    }

    void withdrawInvitationsBy(DSLContext dsl, TenantScope scope, String invitedBy) {
        dsl.update(MEMBER_INVITATIONS).set(MEMBER_INVITATIONS.WITHDRAWN_AT, OffsetDateTime.now())
                .where(Tenancy.owned(MEMBER_INVITATIONS, scope).and(MEMBER_INVITATIONS.INVITED_BY.eq(invitedBy))
                        .and(MEMBER_INVITATIONS.ACCEPTED_AT.isNull()).and(MEMBER_INVITATIONS.WITHDRAWN_AT.isNull()))
                .execute();
    }

    /**
     * The invitation behind a link, locked, whatever its state: the caller says what is wrong with
     * it. Whoever holds the link is not yet anyone, so this runs under the system scope.
     */
    Optional<LinkedInvitation> lockByToken(DSLContext dsl, byte[] tokenHash) {
        return dsl.selectFrom(MEMBER_INVITATIONS).where(MEMBER_INVITATIONS.TOKEN_HASH.eq(tokenHash)).forUpdate().fetchOptional()
                .map(r -> new LinkedInvitation(new Invitation(r.getId(), r.getEmail(), r.getRole(), r.getInvitedBy(), r.getExpiresAt()),
                        r.getTenantId(), r.getAcceptedAt() != null, r.getWithdrawnAt() != null));
    }

    void markAccepted(DSLContext dsl, TenantScope scope, UUID invitationId) {
        dsl.update(MEMBER_INVITATIONS).set(MEMBER_INVITATIONS.ACCEPTED_AT, OffsetDateTime.now())
                .where(MEMBER_INVITATIONS.ID.eq(invitationId).and(Tenancy.owned(MEMBER_INVITATIONS, scope))).execute();
    }
}
