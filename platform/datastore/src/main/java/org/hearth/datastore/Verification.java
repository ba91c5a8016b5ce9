package org.hearth.datastore;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * What a delivering organisation's signature over a record says: the digest of the content it
 * vouched for, the version it signed and when. Read from the JWS payload (canonicalization
 * hearth-record-v1); the signature itself is checked by whoever holds the organisation's keys
 * ({@code /api/v1/tenants/{id}/jwks.json}).
 */
public record Verification(String digest, int version, Instant checkedAt) {

    /** The claims of {@code jws}, or empty when it is absent or not a JWS this platform wrote. */
    public static Optional<Verification> of(String jws) {
        if (jws == null) {
            return Optional.empty();
        }
        String[] parts = jws.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonObject claims = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            String digest = claims.getString("digest");
            Number version = claims.getNumber("version");
            Number iat = claims.getNumber("iat");
            if (digest == null || version == null || iat == null) {
                return Optional.empty();
            }
            return Optional.of(new Verification(digest, version.intValue(), Instant.ofEpochSecond(iat.longValue())));
        } catch (IllegalArgumentException | DecodeException | ClassCastException e) {
            return Optional.empty();
        }
    }

    /** Whether the signature covers {@code record} as it is now: an edit by its owner ends it. */
    public boolean holdsFor(Record record) {
        return digest.equals(record.contentDigest());
    }
}
