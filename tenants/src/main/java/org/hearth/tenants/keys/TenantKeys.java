package org.hearth.tenants.keys;

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
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.TenantGuard;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.crypto.Aead;
import org.hearth.kernel.crypto.MasterKeyRing;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.jooq.DSLContext;

/** Makes each tenant's ES256 key pair, signs verified attributes with it, and publishes the public half. */
public final class TenantKeys {

    private final Db db;
    private final MasterKeyRing masterKeys;
    private static final Actor PUBLISHER = Actor.system("getTenantJwks");
    private final SigningKeyRepository repository = new SigningKeyRepository();

    public TenantKeys(Db db, MasterKeyRing masterKeys) {
        this.db = db;
        this.masterKeys = masterKeys;
    }

    /** Makes the tenant's key pair in {@code tx}, the transaction that registers the tenant. */
    public void create(DSLContext tx, TenantScope scope) {
        UUID tenantId = scope.tenantId();
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).keyID("tenant-" + tenantId + "-1").generate();
            repository.insert(tx, scope, key.getKeyID(), key.toPublicJWK().toJSONString(),
                    Aead.encrypt(masterKeys.current().key(), key.toJSONString().getBytes(StandardCharsets.UTF_8), context(tenantId)),
                    masterKeys.current().id());
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a tenant key", e);
        }
    }

    /**
     * The tenant's public keys, or empty for an unknown tenant. Anyone may ask (they check verified
     * attributes with them): the platform reads, for the tenant named, its public half only, confined
     * to that tenant's rows, and writes nothing.
     */
    public Optional<String> jwks(UUID tenantId) {
        TenantScope scope = TenantGuard.forJob(PUBLISHER, tenantId);
        return db.read(scope, "tenant_keys.jwks", dsl -> repository.publicJwk(dsl, scope)).map(published -> {
                    try {
                        // RFC 7517 allows members beyond "keys": the organisation's name says whose keys these are,
                        // so whoever checks a signature with them (another Hearth) names the organisation as this one does.
                        java.util.Map<String, Object> set = new java.util.LinkedHashMap<>(new JWKSet(ECKey.parse(published.publicJwk())).toJSONObject(true));
                        set.put("organisation", java.util.Map.of("id", tenantId.toString(), "name", published.name()));
                        return com.nimbusds.jose.util.JSONObjectUtils.toJSONString(set);
                    } catch (ParseException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    /** Signs a verified attribute with the key of {@code scope}'s tenant. */
    public String sign(TenantScope scope, String payloadJson) {
        UUID tenantId = scope.tenantId();
        var row = db.read(scope, "tenant_keys.private", dsl -> repository.find(dsl, scope))
                .orElseThrow(() -> new HearthException(ErrorCode.CONFLICT, "This organisation has no signing key."));
        try {
            var master = masterKeys.byId(row.masterKeyId()).orElseThrow(() -> new IllegalStateException("Master key " + row.masterKeyId() + " is not configured"));
            ECKey key = ECKey.parse(new String(Aead.decrypt(master.key(), row.privateJwkCt(), context(tenantId)), StandardCharsets.UTF_8));
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
