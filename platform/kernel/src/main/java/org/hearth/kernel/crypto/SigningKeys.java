package org.hearth.kernel.crypto;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.text.ParseException;
import java.util.UUID;
import org.hearth.kernel.config.ConfigException;

/** The platform's JWT signing key (ES256), and its public half as a JWK Set for /.well-known/jwks.json. */
public final class SigningKeys {

    private final ECKey key;

    private SigningKeys(ECKey key) {
        this.key = key;
    }

    public static SigningKeys fromJwk(String json) {
        try {
            ECKey key = ECKey.parse(json);
            if (!key.isPrivate() || !Curve.P_256.equals(key.getCurve()) || key.getKeyID() == null) {
                throw new ConfigException("HEARTH_JWT_SIGNING_KEY must be a private EC P-256 JWK with a kid");
            }
            return new SigningKeys(key);
        } catch (ParseException e) {
            throw new ConfigException("HEARTH_JWT_SIGNING_KEY is not a JWK: " + e.getMessage());
        }
    }

    /** A new private JWK, for a first run with no configured key. */
    public static String generateJwk() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).keyID("hearth-" + UUID.randomUUID()).generate().toJSONString();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an EC key", e);
        }
    }

    /** The private key, for the token issuers that sign with it (web AccessTokens, datastore agreements). */
    public ECKey key() {
        return key;
    }

    /** Signs a JSON document as a compact JWS (ES256) that anyone can check with the JWKS. */
    public String signJson(String json, String type) {
        try {
            com.nimbusds.jose.JWSObject jws = new com.nimbusds.jose.JWSObject(
                    new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.ES256).keyID(key.getKeyID())
                            .type(new com.nimbusds.jose.JOSEObjectType(type)).build(),
                    new com.nimbusds.jose.Payload(json));
            jws.sign(new com.nimbusds.jose.crypto.ECDSASigner(key));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign", e);
        }
    }

    /** Checks a JWS made by {@link #signJson} and returns its payload, or empty when it does not verify. */
    public java.util.Optional<String> verifyJson(String compact) {
        try {
            com.nimbusds.jose.JWSObject jws = com.nimbusds.jose.JWSObject.parse(compact);
            return jws.verify(new com.nimbusds.jose.crypto.ECDSAVerifier(key.toECPublicKey()))
                    ? java.util.Optional.of(jws.getPayload().toString()) : java.util.Optional.empty();
        } catch (java.text.ParseException | JOSEException e) {
            return java.util.Optional.empty();
        }
    }

    public String publicJwks() {
        return new JWKSet(key.toPublicJWK()).toString(true);
    }
}
