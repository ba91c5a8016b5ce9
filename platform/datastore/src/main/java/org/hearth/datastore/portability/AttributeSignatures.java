package org.hearth.datastore.portability;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.datastore.AttributeKeys;

/**
 * Checks the signatures of the verified records in one import: an ES256 JWS of type
 * {@code verified-attribute+jws}, by the key its header names, of the organisation its claims
 * name, as published at the Hearth it came from ({@link AttributeKeys}). Each organisation's keys
 * are asked for once per import.
 */
final class AttributeSignatures {

    private static final JOSEObjectType TYPE = new JOSEObjectType("verified-attribute+jws");

    private final AttributeKeys keys;
    private final Map<String, Optional<JWKSet>> fetched = new HashMap<>();

    AttributeSignatures(AttributeKeys keys) {
        this.keys = keys;
    }

    /** Whether {@code jws} is a valid signature by the organisation it names, at the Hearth at {@code origin}. */
    boolean verifies(String origin, String jws) {
        if (origin == null || jws == null) {
            return false;
        }
        try {
            JWSObject object = JWSObject.parse(jws);
            if (!JWSAlgorithm.ES256.equals(object.getHeader().getAlgorithm()) || !TYPE.equals(object.getHeader().getType())
                    || object.getHeader().getKeyID() == null) {
                return false;
            }
            Object tenant = object.getPayload().toJSONObject() == null ? null : object.getPayload().toJSONObject().get("tenantId");
            if (!(tenant instanceof String tenantId)) {
                return false;
            }
            UUID organisation = UUID.fromString(tenantId);
            Optional<JWKSet> set = fetched.computeIfAbsent(origin + " " + organisation, k -> keys.jwks(origin, organisation).flatMap(AttributeSignatures::parse));
            JWK key = set.map(s -> s.getKeyByKeyId(object.getHeader().getKeyID())).orElse(null);
            return key instanceof ECKey ec && !ec.isPrivate() && object.verify(new ECDSAVerifier(ec));
        } catch (ParseException | JOSEException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<JWKSet> parse(String jwks) {
        try {
            return Optional.of(JWKSet.parse(jwks));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
