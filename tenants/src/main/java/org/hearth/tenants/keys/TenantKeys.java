package org.hearth.tenants.keys;

import static org.hearth.schema.generated.tenants.Tables.SIGNING_KEYS;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Optional;
import java.util.UUID;
import org.hearth.datastore.AttributeSigner;
import org.hearth.kernel.crypto.Aead;
import org.hearth.kernel.crypto.MasterKeyRing;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.jooq.DSLContext;

/** Makes each tenant's ES256 key pair, signs verified attributes with it, and publishes the public half. */
public final class TenantKeys implements AttributeSigner {

    private final Db db;
    private final MasterKeyRing masterKeys;

    public TenantKeys(Db db, MasterKeyRing masterKeys) {
        this.db = db;
        this.masterKeys = masterKeys;
    }

    public void create(DSLContext tx, UUID tenantId) {
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).keyID("tenant-" + tenantId + "-1").generate();
            tx.insertInto(SIGNING_KEYS)
                    .set(SIGNING_KEYS.TENANT_ID, tenantId)
                    .set(SIGNING_KEYS.KID, key.getKeyID())
                    .set(SIGNING_KEYS.PUBLIC_JWK, key.toPublicJWK().toJSONString())
                    .set(SIGNING_KEYS.PRIVATE_JWK_CT, Aead.encrypt(masterKeys.current().key(), key.toJSONString().getBytes(StandardCharsets.UTF_8), context(tenantId)))
                    .set(SIGNING_KEYS.MASTER_KEY_ID, masterKeys.current().id())
                    .execute();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a tenant key", e);
        }
    }

    /** The tenant's public keys, or empty for an unknown tenant. */
    public Optional<String> jwks(UUID tenantId) {
        return db.read("tenant_keys.jwks", dsl -> dsl.select(SIGNING_KEYS.PUBLIC_JWK).from(SIGNING_KEYS).where(SIGNING_KEYS.TENANT_ID.eq(tenantId))
                .fetchOptional(SIGNING_KEYS.PUBLIC_JWK)).map(jwk -> {
                    try {
                        return new JWKSet(ECKey.parse(jwk)).toString(true);
                    } catch (ParseException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    @Override
    public String sign(UUID tenantId, String payloadJson) {
        var row = db.read("tenant_keys.private", dsl -> dsl.selectFrom(SIGNING_KEYS).where(SIGNING_KEYS.TENANT_ID.eq(tenantId)).fetchOptional())
                .orElseThrow(() -> new HearthException(ErrorCode.CONFLICT, "This organisation has no signing key."));
        try {
            var master = masterKeys.byId(row.getMasterKeyId()).orElseThrow(() -> new IllegalStateException("Master key " + row.getMasterKeyId() + " is not configured"));
            ECKey key = ECKey.parse(new String(Aead.decrypt(master.key(), row.getPrivateJwkCt(), context(tenantId)), StandardCharsets.UTF_8));
            JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).type(new JOSEObjectType("verified-attribute+jws")).build(),
                    new Payload(payloadJson));
            jws.sign(new ECDSASigner(key));
            return jws.serialize();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("Cannot sign a verified attribute", e);
        }
    }

    private static byte[] context(UUID tenantId) {
        return ("hearth:tenant-key:" + tenantId).getBytes(StandardCharsets.UTF_8);
    }
}
