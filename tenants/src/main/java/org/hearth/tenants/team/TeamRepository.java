package org.hearth.tenants.team;

import static org.hearth.schema.generated.tenants.Tables.MEMBERS;
import static org.hearth.schema.generated.tenants.Tables.MEMBER_INVITATIONS;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.schema.generated.tenants.tables.records.MemberInvitationsRecord;
import org.jooq.DSLContext;

/** The team's tables, always queried inside the tenant's own transaction. */
final class TeamRepository {

    List<Member> members(DSLContext dsl, UUID tenantId) {
        return dsl.selectFrom(MEMBERS).where(MEMBERS.TENANT_ID.eq(tenantId)).orderBy(MEMBERS.CREATED_AT, MEMBERS.EMAIL).fetch()
                .map(r -> new Member(r.getId(), r.getEmail(), r.getRole(), r.getCreatedAt()));
    }

    Optional<Member> lockMember(DSLContext dsl, UUID tenantId, UUID memberId) {
        return dsl.selectFrom(MEMBERS).where(MEMBERS.TENANT_ID.eq(tenantId).and(MEMBERS.ID.eq(memberId))).forUpdate().fetchOptional()
                .map(r -> new Member(r.getId(), r.getEmail(), r.getRole(), r.getCreatedAt()));
    }

    /** Locks every admin row of the tenant, so two concurrent demotions cannot remove the last two admins. */
    int lockAdmins(DSLContext dsl, UUID tenantId) {
        return dsl.selectFrom(MEMBERS).where(MEMBERS.TENANT_ID.eq(tenantId).and(MEMBERS.ROLE.eq("admin"))).forUpdate().fetch().size();
    }

    boolean emailTaken(DSLContext dsl, String email) {
        return dsl.fetchExists(MEMBERS, MEMBERS.EMAIL.eq(email));
    }

    void setRole(DSLContext dsl, UUID memberId, String role) {
        dsl.update(MEMBERS).set(MEMBERS.ROLE, role).where(MEMBERS.ID.eq(memberId)).execute();
    }

    void delete(DSLContext dsl, UUID memberId) {
        dsl.deleteFrom(MEMBERS).where(MEMBERS.ID.eq(memberId)).execute();
    }

    void insertMember(DSLContext dsl, UUID id, UUID tenantId, String email, String passwordHash, String role) {
        dsl.insertInto(MEMBERS).set(MEMBERS.ID, id).set(MEMBERS.TENANT_ID, tenantId).set(MEMBERS.EMAIL, email)
                .set(MEMBERS.PASSWORD_HASH, passwordHash).set(MEMBERS.ROLE, role).execute();
    }

    List<Invitation> pending(DSLContext dsl, UUID tenantId, OffsetDateTime now) {
        return dsl.selectFrom(MEMBER_INVITATIONS)
                .where(MEMBER_INVITATIONS.TENANT_ID.eq(tenantId).and(MEMBER_INVITATIONS.ACCEPTED_AT.isNull())
                        .and(MEMBER_INVITATIONS.WITHDRAWN_AT.isNull()).and(MEMBER_INVITATIONS.EXPIRES_AT.gt(now)))
                .orderBy(MEMBER_INVITATIONS.CREATED_AT).fetch()
                .map(r -> new Invitation(r.getId(), r.getEmail(), r.getRole(), r.getInvitedBy(), r.getExpiresAt()));
    }

    void insertInvitation(DSLContext dsl, UUID id, UUID tenantId, String email, String role, byte[] tokenHash, String invitedBy,
                          OffsetDateTime expiresAt) {
        dsl.insertInto(MEMBER_INVITATIONS).set(MEMBER_INVITATIONS.ID, id).set(MEMBER_INVITATIONS.TENANT_ID, tenantId)
                .set(MEMBER_INVITATIONS.EMAIL, email).set(MEMBER_INVITATIONS.ROLE, role).set(MEMBER_INVITATIONS.TOKEN_HASH, tokenHash)
                .set(MEMBER_INVITATIONS.INVITED_BY, invitedBy).set(MEMBER_INVITATIONS.EXPIRES_AT, expiresAt).execute();
    }

    int withdraw(DSLContext dsl, UUID tenantId, UUID invitationId) {
        return dsl.update(MEMBER_INVITATIONS).set(MEMBER_INVITATIONS.WITHDRAWN_AT, OffsetDateTime.now())
                .where(MEMBER_INVITATIONS.TENANT_ID.eq(tenantId).and(MEMBER_INVITATIONS.ID.eq(invitationId))
                        .and(MEMBER_INVITATIONS.ACCEPTED_AT.isNull()).and(MEMBER_INVITATIONS.WITHDRAWN_AT.isNull()))
                .execute();
    }

    void withdrawInvitationsBy(DSLContext dsl, UUID tenantId, String invitedBy) {
        dsl.update(MEMBER_INVITATIONS).set(MEMBER_INVITATIONS.WITHDRAWN_AT, OffsetDateTime.now())
                .where(MEMBER_INVITATIONS.TENANT_ID.eq(tenantId).and(MEMBER_INVITATIONS.INVITED_BY.eq(invitedBy))
                        .and(MEMBER_INVITATIONS.ACCEPTED_AT.isNull()).and(MEMBER_INVITATIONS.WITHDRAWN_AT.isNull()))
                .execute();
    }

    /** The invitation behind a link, locked, whatever its state: the caller says what is wrong with it. */
    Optional<MemberInvitationsRecord> lockByToken(DSLContext dsl, byte[] tokenHash) {
        return dsl.selectFrom(MEMBER_INVITATIONS).where(MEMBER_INVITATIONS.TOKEN_HASH.eq(tokenHash)).forUpdate().fetchOptional();
    }

    void markAccepted(DSLContext dsl, UUID invitationId) {
        dsl.update(MEMBER_INVITATIONS).set(MEMBER_INVITATIONS.ACCEPTED_AT, OffsetDateTime.now())
                .where(MEMBER_INVITATIONS.ID.eq(invitationId)).execute();
    }
}
