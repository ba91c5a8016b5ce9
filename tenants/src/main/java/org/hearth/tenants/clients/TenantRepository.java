package org.hearth.tenants.clients;

import static org.hearth.schema.generated.tenants.Tables.CHECK_TENANT;
import static org.hearth.schema.generated.tenants.Tables.CLIENTS;
import static org.hearth.schema.generated.tenants.Tables.MEMBERS;
import static org.hearth.schema.generated.tenants.Tables.TENANTS_;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.RenderedSelect;
import org.hearth.kernel.db.Tenancy;
import org.hearth.schema.generated.tenants.tables.records.TenantsRecord;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

/** Tenants, their clients and (for sign-in) their members. Every tenant-owned query names its scope. */
final class TenantRepository {

    Tenant insertTenant(DSLContext dsl, UUID id, String name, String kind) {
        var row = dsl.insertInto(TENANTS_).set(TENANTS_.ID, id).set(TENANTS_.NAME, name).set(TENANTS_.KIND, kind).returning().fetchOne();
        return toTenant(row);
    }

    void setContact(DSLContext tx, TenantScope scope, String contactEmail) {
        tx.update(TENANTS_).set(TENANTS_.CONTACT_EMAIL, contactEmail).where(TENANTS_.ID.eq(scope.tenantId())).execute();
    }

    /**
     * False when the e-mail already signs in to a console (members sign in by it, so it is unique
     * across tenants); the transaction that met it then cannot go on and must be ended.
     */
    boolean insertMember(DSLContext tx, TenantScope scope, UUID id, String email, String passwordHash, String role) {
        try {
            tx.insertInto(MEMBERS).set(MEMBERS.ID, id).set(MEMBERS.TENANT_ID, scope.tenantId()).set(MEMBERS.EMAIL, email)
                    .set(MEMBERS.PASSWORD_HASH, passwordHash).set(MEMBERS.ROLE, role).execute();
            return true;
        } catch (IntegrityConstraintViolationException taken) {
            return false;
        }
    }

    /** The operator's change, under the system scope: the tenant is named by the operator's path. */
    boolean setStatus(DSLContext tx, UUID tenantId, String status) {
        return tx.update(TENANTS_).set(TENANTS_.STATUS, status).where(TENANTS_.ID.eq(tenantId)).execute() == 1;
    }

    void insertClient(DSLContext dsl, TenantScope scope, UUID id, String clientId, byte[] secretHash) {
        dsl.insertInto(CLIENTS)
                .set(CLIENTS.ID, id)
                .set(CLIENTS.TENANT_ID, scope.tenantId())
                .set(CLIENTS.CLIENT_ID, clientId)
                .set(CLIENTS.SECRET_HASH, secretHash)
                .execute();
    }

    List<Client> clients(DSLContext dsl, TenantScope scope) {
        return dsl.selectFrom(CLIENTS).where(Tenancy.owned(CLIENTS, scope)).orderBy(CLIENTS.CREATED_AT).fetch()
                .map(c -> new Client(c.getClientId(), c.getCreatedAt(), Optional.ofNullable(c.getRevokedAt())));
    }

    boolean revokeClient(DSLContext tx, TenantScope scope, String clientId) {
        return tx.update(CLIENTS).set(CLIENTS.REVOKED_AT, DSL.currentOffsetDateTime())
                .where(Tenancy.owned(CLIENTS, scope).and(CLIENTS.CLIENT_ID.eq(clientId)).and(CLIENTS.REVOKED_AT.isNull())).execute() == 1;
    }

    record LiveClient(byte[] secretHash, Tenant tenant) {
    }

    /** A live client by its id, with its tenant, whichever tenant that is (system scope: the token endpoint). */
    Optional<LiveClient> findLiveClient(DSLContext dsl, String clientId) {
        return dsl.select(CLIENTS.SECRET_HASH, TENANTS_.asterisk()).from(CLIENTS).join(TENANTS_).on(TENANTS_.ID.eq(CLIENTS.TENANT_ID))
                .where(CLIENTS.CLIENT_ID.eq(clientId).and(CLIENTS.REVOKED_AT.isNull())).fetchOptional()
                .map(r -> new LiveClient(r.get(CLIENTS.SECRET_HASH), toTenant(r.into(TENANTS_))));
    }

    Optional<Tenant> findTenant(DSLContext dsl, TenantScope scope) {
        return dsl.selectFrom(TENANTS_).where(TENANTS_.ID.eq(scope.tenantId())).fetchOptional().map(TenantRepository::toTenant);
    }

    /**
     * The tenant, and whether the OAuth client (when the call came with one) is still live, in one
     * statement and one round trip: this runs on every tenant call. {@code tenants.check_tenant}
     * runs its query under the scope's tenant, so row-level security applies to it as to any
     * other, and restores the setting it found; call it outside a transaction.
     */
    Optional<TenantCheck> checkTenant(DSLContext dsl, TenantScope scope, Optional<String> clientId) {
        return CHECK.fetch(dsl, scope.tenantId(), clientId.orElse(null)).stream().findFirst().map(row -> row.into(CHECK_TENANT))
                .map(r -> new TenantCheck(new Tenant(r.getId(), r.getName(), r.getKind(), r.getStatus(), r.getPlan(), r.getCreatedAt()),
                        Boolean.TRUE.equals(r.getClientLive())));
    }

    /** Rendered once (RenderedSelect): building and rendering it per call was 9% of a consented read's JVM time. */
    private static final RenderedSelect CHECK = RenderedSelect.of(
            DSL.selectFrom(CHECK_TENANT.call(DSL.param("tenant", UUID.class), DSL.param("client", String.class))));

    record TenantCheck(Tenant tenant, boolean clientLive) {
    }

    record MemberLogin(UUID id, UUID tenantId, String role, String passwordHash) {
    }

    /** A console member by e-mail, of whichever tenant (system scope: sign-in, before anyone is known). */
    Optional<MemberLogin> memberByEmail(DSLContext dsl, String email) {
        return dsl.selectFrom(MEMBERS).where(MEMBERS.EMAIL.eq(email)).fetchOptional()
                .map(m -> new MemberLogin(m.getId(), m.getTenantId(), m.getRole(), m.getPasswordHash()));
    }

    boolean memberHolds(DSLContext dsl, TenantScope scope, UUID memberId, java.util.Set<String> roles) {
        return dsl.fetchExists(MEMBERS, MEMBERS.ID.eq(memberId).and(Tenancy.owned(MEMBERS, scope)).and(MEMBERS.ROLE.in(roles)));
    }

    /** The language a member of the scope's tenant chose; empty when never chosen or not a member. */
    Optional<String> memberLanguage(DSLContext dsl, TenantScope scope, UUID memberId) {
        return dsl.select(MEMBERS.LOCALE).from(MEMBERS).where(MEMBERS.ID.eq(memberId).and(Tenancy.owned(MEMBERS, scope)))
                .fetchOptional(MEMBERS.LOCALE).flatMap(Optional::ofNullable);
    }

    /** False when the member is not (or no longer) one of the scope's tenant. */
    boolean setMemberLanguage(DSLContext tx, TenantScope scope, UUID memberId, String language) {
        return tx.update(MEMBERS).set(MEMBERS.LOCALE, language).where(MEMBERS.ID.eq(memberId).and(Tenancy.owned(MEMBERS, scope))).execute() == 1;
    }

    private static Tenant toTenant(TenantsRecord row) {
        return new Tenant(row.getId(), row.getName(), row.getKind(), row.getStatus(), row.getPlan(), row.getCreatedAt());
    }
}
