package org.hearth.datastore.portability;

import io.vertx.core.json.JsonObject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/** The names and manifest of the export archive (format 1; see platform/datastore/EXPORT-FORMAT.md). */
final class ArchiveFormat {

    static final String FORMAT = "hearth-export";
    static final int VERSION = 1;
    static final String MANIFEST = "manifest.json";
    static final String RECORDS = "records.json";
    static final String AGREEMENTS = "agreements.json";
    static final String CONSENT_RECORDS = "consent-records.json";
    static final String ACCESS_LOG = "access-log.json";

    private ArchiveFormat() {
    }

    static String attachmentPath(UUID recordId) {
        return "attachments/" + recordId;
    }

    static JsonObject manifest(UUID owner, String origin, OffsetDateTime at, Map<String, byte[]> files, Map<String, Integer> counts) {
        JsonObject checksums = new JsonObject();
        files.forEach((name, content) -> checksums.put(name, sha256(content)));
        JsonObject countsJson = new JsonObject();
        counts.forEach(countsJson::put);
        return new JsonObject()
                .put("format", FORMAT)
                .put("formatVersion", VERSION)
                .put("exportedAt", at.toString())
                .put("origin", origin)
                .put("individualId", owner.toString())
                .put("counts", countsJson)
                .put("files", checksums);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
