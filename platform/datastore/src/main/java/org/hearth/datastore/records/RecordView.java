package org.hearth.datastore.records;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.hearth.datastore.Record;
import org.hearth.datastore.records.RecordRows.SealedAttachment;
import org.hearth.datastore.records.RecordRows.SealedVersion;
import org.hearth.kernel.crypto.Aead;

/** Turns stored rows into decrypted {@link Record}s, and seals what is stored. */
final class RecordView {

    private RecordView() {
    }

    static Record of(SecretKey key, RecordRows.Row row) {
        var r = row.record();
        var v = row.current();
        return new Record(r.id(), r.schema(), r.category(),
                RecordCrypto.openText(key, r.id(), v.version(), "title", v.titleCt()),
                RecordCrypto.openText(key, r.id(), v.version(), "data", v.dataCt()),
                r.provenance(), r.provenanceTenantId(), r.version(), r.createdAt(), r.updatedAt(),
                row.attachment() == null ? null : attachment(key, row.attachment()), r.verificationJws(), voucher(key, r));
    }

    /** Who vouched for a record brought from another Hearth: sealed as "organisation\norigin", bound to the record. */
    static byte[] sealVoucher(SecretKey key, UUID recordId, Record.Voucher voucher) {
        return voucher == null ? null : RecordCrypto.sealText(key, recordId, 0, "vouched_by", voucher.organisation() + "\n" + voucher.origin());
    }

    private static Record.Voucher voucher(SecretKey key, RecordRows.Stored r) {
        if (r.voucherCt() == null) {
            return null;
        }
        String[] parts = RecordCrypto.openText(key, r.id(), 0, "vouched_by", r.voucherCt()).split("\n", 2);
        return new Record.Voucher(parts[0], parts.length > 1 ? parts[1] : "");
    }

    static Record.Version version(SecretKey key, SealedVersion v) {
        return new Record.Version(v.version(),
                RecordCrypto.openText(key, v.recordId(), v.version(), "title", v.titleCt()),
                RecordCrypto.openText(key, v.recordId(), v.version(), "data", v.dataCt()),
                v.authorKind(), v.authorId(), v.createdAt());
    }

    /** A version sealed under the owner's key, bound to the record id, the version and the field. */
    static SealedVersion seal(SecretKey key, UUID id, int version, Record.Content content, String authorKind, String authorId) {
        return new SealedVersion(id, version, RecordCrypto.sealText(key, id, version, "title", content.title()),
                RecordCrypto.sealText(key, id, version, "data", content.dataJson()), authorKind, authorId, null);
    }

    /** An attachment sealed under the owner's key, bound to the record and this upload. */
    static SealedAttachment sealAttachment(SecretKey key, UUID recordId, String filename, String mediaType, byte[] content, byte[] sha256) {
        UUID upload = org.hearth.kernel.id.Ids.newId();
        return new SealedAttachment(recordId, upload, seal(key, recordId, upload, "filename", filename.getBytes(StandardCharsets.UTF_8)),
                seal(key, recordId, upload, "content", content), mediaType, content.length, sha256);
    }

    static Record.Attachment attachment(SecretKey key, SealedAttachment row) {
        String name = new String(openAttachment(key, row, "filename", row.filenameCt()), StandardCharsets.UTF_8);
        return new Record.Attachment(name, row.mediaType(), row.sizeBytes(), HexFormat.of().formatHex(row.sha256()));
    }

    private static byte[] seal(SecretKey key, UUID recordId, UUID upload, String field, byte[] plaintext) {
        return Aead.encrypt(key, plaintext, context(recordId, upload, field));
    }

    static byte[] openAttachment(SecretKey key, SealedAttachment row, String field, byte[] sealed) {
        return Aead.decrypt(key, sealed, context(row.recordId(), row.uploadId(), field));
    }

    private static byte[] context(UUID recordId, UUID upload, String field) {
        return ("hearth:attachment:" + recordId + ":" + upload + ":" + field).getBytes(StandardCharsets.UTF_8);
    }
}
