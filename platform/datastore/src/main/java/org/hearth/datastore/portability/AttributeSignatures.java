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
 * name, as published at the Hearth it came from ({@link AttributeKeys}). The organisation is then
 * named as that Hearth names it in the same publication, never as the archive says. Each
 * organisation's keys are asked for once per import, and at most {@link #MOST_ORGANISATIONS}
 * organisations per import: an archive cannot make this server call out once per record.
 */
final class AttributeSignatures {

    static final int MOST_ORGANISATIONS = 20;
    private static final JOSEObjectType TYPE = new JOSEObjectType("verified-attribute+jws");

    private final AttributeKeys keys;
    private final Map<String, Optional<Published>> fetched = new HashMap<>();

    AttributeSignatures(AttributeKeys keys) {
        this.keys = keys;
    }

    /** Who signed: the organisation's id and its name at the Hearth that publishes its keys. */
    record Signer(UUID tenantId, String name) {
    }

    private record Published(JWKSet keys, String name) {
    }

    /** The organisation whose valid signature {@code jws} is, at the Hearth at {@code origin} (null: this one); empty when it does not check. */
    Optional<Signer> signer(String origin, String jws) {
        if (jws == null) {
            return Optional.empty();
        }
        try {
            JWSObject object = JWSObject.parse(jws);
            if (!JWSAlgorithm.ES256.equals(object.getHeader().getAlgorithm()) || !TYPE.equals(object.getHeader().getType())
                    || object.getHeader().getKeyID() == null) {
                return Optional.empty();
            }
            Object tenant = object.getPayload().toJSONObject() == null ? null : object.getPayload().toJSONObject().get("tenantId");
            if (!(tenant instanceof String tenantId)) {
                return Optional.empty();
            }
            UUID organisation = UUID.fromString(tenantId);
            String key = (origin == null ? "" : origin.strip().toLowerCase(java.util.Locale.ROOT)) + " " + organisation;
            if (!fetched.containsKey(key) && fetched.size() >= MOST_ORGANISATIONS) {
                return Optional.empty();
            }
            Optional<Published> published = fetched.computeIfAbsent(key, k -> keys.jwks(origin, organisation).flatMap(AttributeSignatures::parse));
            JWK jwk = published.map(p -> p.keys().getKeyByKeyId(object.getHeader().getKeyID())).orElse(null);
            if (jwk instanceof ECKey ec && !ec.isPrivate() && object.verify(new ECDSAVerifier(ec))) {
                return Optional.of(new Signer(organisation, published.get().name()));
            }
            return Optional.empty();
        } catch (ParseException | JOSEException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Published> parse(String jwks) {
        try {
            Map<String, Object> json = com.nimbusds.jose.util.JSONObjectUtils.parse(jwks);
            Object organisation = json.get("organisation");
            Object name = organisation instanceof Map<?, ?> o ? o.get("name") : null;
            return Optional.of(new Published(JWKSet.parse(json), name instanceof String n ? clean(n) : ""));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    /** A name as one line of at most 200 characters, without control characters. */
    private static String clean(String name) {
        String line = name.replaceAll("\\p{Cntrl}", " ").strip();
        return line.length() <= 200 ? line : line.substring(0, 200);
    }
}
