package org.hearth.datastore.records;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/**
 * The claims a delivering tenant signs over a record (a JWS payload, canonicalization
 * hearth-record-v1): a document format, like the consent documents, written here so the service
 * handles only its text.
 */
final class VerificationClaims {

    private VerificationClaims() {
    }

    static String of(UUID recordId, int version, UUID tenantId, String digest, Instant issuedAt) {
        return new JsonObject().put("recordId", recordId.toString()).put("version", version)
                .put("tenantId", tenantId.toString()).put("digest", digest).put("canonicalization", "hearth-record-v1")
                .put("iat", issuedAt.getEpochSecond()).encode();
    }
}
