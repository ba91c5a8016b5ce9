package org.hearth.datastore.records;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What the repository stores and returns: ciphertexts and metadata, never plaintext and never jOOQ rows. */
final class RecordRows {

    private RecordRows() {
    }

    /** A record's metadata; {@code provenanceTenantId} and {@code verificationJws} are null for the owner's own records. */
    record Stored(UUID id, UUID owner, String schema, String category, String provenance, UUID provenanceTenantId, int version,
                  OffsetDateTime createdAt, OffsetDateTime updatedAt, String verificationJws, byte[] voucherCt) {
    }

    /** One version's sealed title and data. {@code createdAt} is null until stored. */
    record SealedVersion(UUID recordId, int version, byte[] titleCt, byte[] dataCt, String authorKind, String authorId, OffsetDateTime createdAt) {
    }

    /** An attachment's sealed name and content, bound to its upload id. */
    record SealedAttachment(UUID recordId, UUID uploadId, byte[] filenameCt, byte[] contentCt, String mediaType, long sizeBytes, byte[] sha256) {
    }

    /** A record with its current version and its attachment, if any. */
    record Row(Stored record, SealedVersion current, SealedAttachment attachment) {
    }
}
