package org.hearth.tenants.keys;

import static org.hearth.schema.generated.tenants.Tables.SIGNING_KEYS;
import static org.hearth.schema.generated.tenants.Tables.TENANTS_;

import java.util.Optional;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.Tenancy;
import org.jooq.DSLContext;

/** Each tenant's signing key pair: the public half in clear, the private half sealed under the master key. */
final class SigningKeyRepository {

    /** The private half as stored: sealed under the master key named. */
    record Sealed(byte[] privateJwkCt, String masterKeyId) {
    }

    void insert(DSLContext tx, TenantScope scope, String kid, String publicJwk, byte[] privateJwkCt, String masterKeyId) {
        tx.insertInto(SIGNING_KEYS)
                .set(SIGNING_KEYS.TENANT_ID, scope.tenantId())
                .set(SIGNING_KEYS.KID, kid)
                .set(SIGNING_KEYS.PUBLIC_JWK, publicJwk)
                .set(SIGNING_KEYS.PRIVATE_JWK_CT, privateJwkCt)
                .set(SIGNING_KEYS.MASTER_KEY_ID, masterKeyId)
                .execute();
    }

    Optional<Sealed> find(DSLContext dsl, TenantScope scope) {
        return dsl.selectFrom(SIGNING_KEYS).where(Tenancy.owned(SIGNING_KEYS, scope)).fetchOptional()
                .map(k -> new Sealed(k.getPrivateJwkCt(), k.getMasterKeyId()));
    }

    /** The public half only: what anyone may fetch. */
    /** The tenant's public key and its name. */
    record Published(String publicJwk, String name) {
    }

    Optional<Published> publicJwk(DSLContext dsl, TenantScope scope) {
        return dsl.select(SIGNING_KEYS.PUBLIC_JWK, TENANTS_.NAME).from(SIGNING_KEYS).join(TENANTS_).on(TENANTS_.ID.eq(SIGNING_KEYS.TENANT_ID))
                .where(Tenancy.owned(SIGNING_KEYS, scope)).fetchOptional(r -> new Published(r.value1(), r.value2()));
    }
}
