package org.hearth.datastore;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A record as its owner sees it, decrypted. {@code dataJson} is the JSON document;
 * {@code provenanceTenantId} is null for records the owner entered.
 */
public record Record(UUID id, String schema, String category, String title, String dataJson, String provenance,
                     UUID provenanceTenantId, int version, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                     Attachment attachment, String verificationJws, Voucher voucher) {

    /**
     * Who vouched for a record brought from another Hearth's export, whose signature was checked
     * on arrival: the organisation as that Hearth named it, and that Hearth's address. Null for
     * every other record (a delivery here names its organisation by {@code provenanceTenantId}).
     */
    public record Voucher(String organisation, String origin) {
    }

    /** What a delivering tenant's signature covers: a digest of exactly these fields (canonicalization hearth-record-v1). */
    public String contentDigest() {
        return contentDigest(schema, category, title, dataJson);
    }

    public static String contentDigest(String schema, String category, String title, String dataJson) {
        byte[] canonical = (schema + "\n" + category + "\n" + title + "\n" + dataJson).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            return "sha256:" + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The delivering organisation's signature, when it still covers the content as it is now:
     * empty for the owner's own records and once the owner has changed a delivered one.
     */
    public java.util.Optional<Verification> currentVerification() {
        return Verification.of(verificationJws).filter(v -> v.holdsFor(this));
    }

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
