package org.hearth.datastore.records;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A record as its owner sees it, decrypted. {@code dataJson} is the JSON document;
 * {@code provenanceTenantId} is null for records the owner entered.
 */
public record Record(UUID id, String schema, String category, String title, String dataJson, String provenance,
                     UUID provenanceTenantId, int version, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                     Attachment attachment) {

    /** The attachment's description (its content is fetched separately). */
    public record Attachment(String filename, String mediaType, long sizeBytes, String sha256) {
    }

    /** One version in a record's history. */
    public record Version(int version, String title, String dataJson, String authorKind, String authorId, OffsetDateTime createdAt) {
    }

    /** What an owner submits to create or change a record. */
    public record Content(String schema, String category, String title, String dataJson) {
    }
}
