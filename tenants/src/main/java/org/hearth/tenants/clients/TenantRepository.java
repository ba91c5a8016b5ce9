package org.hearth.tenants.clients;

import static org.hearth.schema.generated.tenants.Tables.CLIENTS;
import static org.hearth.schema.generated.tenants.Tables.TENANTS_;

import java.util.Optional;
import java.util.UUID;
import org.hearth.schema.generated.tenants.tables.records.ClientsRecord;
import org.jooq.DSLContext;

final class TenantRepository {

    Tenant insertTenant(DSLContext dsl, UUID id, String name, String kind) {
        var row = dsl.insertInto(TENANTS_).set(TENANTS_.ID, id).set(TENANTS_.NAME, name).set(TENANTS_.KIND, kind).returning().fetchOne();
        return toTenant(row);
    }

    void setContact(DSLContext tx, UUID tenantId, String contactEmail) {
        tx.update(TENANTS_).set(TENANTS_.CONTACT_EMAIL, contactEmail).where(TENANTS_.ID.eq(tenantId)).execute();
    }

    void insertMember(DSLContext tx, UUID id, UUID tenantId, String email, String passwordHash, String role) {
        tx.insertInto(org.hearth.schema.generated.tenants.Tables.MEMBERS)
                .set(org.hearth.schema.generated.tenants.Tables.MEMBERS.ID, id)
                .set(org.hearth.schema.generated.tenants.Tables.MEMBERS.TENANT_ID, tenantId)
                .set(org.hearth.schema.generated.tenants.Tables.MEMBERS.EMAIL, email)
                .set(org.hearth.schema.generated.tenants.Tables.MEMBERS.PASSWORD_HASH, passwordHash)
                .set(org.hearth.schema.generated.tenants.Tables.MEMBERS.ROLE, role)
                .execute();
    }

    boolean setStatus(DSLContext tx, UUID tenantId, String status) {
        return tx.update(TENANTS_).set(TENANTS_.STATUS, status).where(TENANTS_.ID.eq(tenantId)).execute() == 1;
    }

    void insertClient(DSLContext dsl, UUID id, UUID tenantId, String clientId, byte[] secretHash) {
        dsl.insertInto(CLIENTS)
                .set(CLIENTS.ID, id)
                .set(CLIENTS.TENANT_ID, tenantId)
                .set(CLIENTS.CLIENT_ID, clientId)
                .set(CLIENTS.SECRET_HASH, secretHash)
                .execute();
    }

    java.util.List<ClientsRecord> clients(DSLContext dsl, UUID tenantId) {
        return dsl.selectFrom(CLIENTS).where(CLIENTS.TENANT_ID.eq(tenantId)).orderBy(CLIENTS.CREATED_AT).fetch();
    }

    boolean revokeClient(DSLContext tx, UUID tenantId, String clientId) {
        return tx.update(CLIENTS).set(CLIENTS.REVOKED_AT, org.jooq.impl.DSL.currentOffsetDateTime())
                .where(CLIENTS.TENANT_ID.eq(tenantId).and(CLIENTS.CLIENT_ID.eq(clientId)).and(CLIENTS.REVOKED_AT.isNull())).execute() == 1;
    }

    Optional<ClientsRecord> findLiveClient(DSLContext dsl, String clientId) {
        return dsl.selectFrom(CLIENTS).where(CLIENTS.CLIENT_ID.eq(clientId).and(CLIENTS.REVOKED_AT.isNull())).fetchOptional();
    }

    /** Explicit tenancy: the tenant id is always a parameter, never ambient. */
    Optional<Tenant> findTenant(DSLContext dsl, UUID tenantId) {
        return dsl.selectFrom(TENANTS_).where(TENANTS_.ID.eq(tenantId)).fetchOptional().map(TenantRepository::toTenant);
    }

    /**
     * The tenant, and whether the OAuth client (when the call came with one) is still live, in one
     * round trip: this runs on every API call.
     */
    Optional<TenantCheck> checkTenant(DSLContext dsl, UUID tenantId, Optional<String> clientId) {
        var live = clientId.map(id -> org.jooq.impl.DSL.field(org.jooq.impl.DSL.exists(org.jooq.impl.DSL.selectOne().from(CLIENTS)
                        .where(CLIENTS.CLIENT_ID.eq(id).and(CLIENTS.TENANT_ID.eq(tenantId)).and(CLIENTS.REVOKED_AT.isNull())))))
                .orElse(org.jooq.impl.DSL.field(org.jooq.impl.DSL.inline(true)));
        return dsl.select(TENANTS_.asterisk(), live).from(TENANTS_).where(TENANTS_.ID.eq(tenantId)).fetchOptional()
                .map(r -> new TenantCheck(toTenant(r.into(TENANTS_)), Boolean.TRUE.equals(r.get(live))));
    }

    record TenantCheck(Tenant tenant, boolean clientLive) {
    }

    private static Tenant toTenant(org.hearth.schema.generated.tenants.tables.records.TenantsRecord row) {
        return new Tenant(row.getId(), row.getName(), row.getKind(), row.getStatus(), row.getPlan(), row.getCreatedAt());
    }
}
