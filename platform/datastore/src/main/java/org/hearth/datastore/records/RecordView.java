package org.hearth.datastore.records;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.hearth.kernel.crypto.Aead;
import org.hearth.schema.generated.datastore.tables.records.AttachmentsRecord;
import org.hearth.schema.generated.datastore.tables.records.RecordVersionsRecord;

/** Turns stored rows into decrypted {@link Record}s. */
final class RecordView {

    private RecordView() {
    }

    static Record of(SecretKey key, RecordRepository.Row row) {
        var r = row.record();
        var v = row.current();
        return new Record(r.getId(), r.getSchemaId(), r.getCategory(),
                RecordCrypto.openText(key, r.getId(), v.getVersion(), "title", v.getTitleCt()),
                RecordCrypto.openText(key, r.getId(), v.getVersion(), "data", v.getDataCt()),
                r.getProvenance(), r.getProvenanceTenantId(), r.getVersion(), r.getCreatedAt(), r.getUpdatedAt(),
                row.attachment() == null ? null : attachment(key, row.attachment()), r.getVerificationJws());
    }

    static Record.Version version(SecretKey key, RecordVersionsRecord v) {
        return new Record.Version(v.getVersion(),
                RecordCrypto.openText(key, v.getRecordId(), v.getVersion(), "title", v.getTitleCt()),
                RecordCrypto.openText(key, v.getRecordId(), v.getVersion(), "data", v.getDataCt()),
                v.getAuthorKind(), v.getAuthorId(), v.getCreatedAt());
    }

    static Record.Attachment attachment(SecretKey key, AttachmentsRecord row) {
        String name = new String(openAttachment(key, row, "filename", row.getFilenameCt()), StandardCharsets.UTF_8);
        return new Record.Attachment(name, row.getMediaType(), row.getSizeBytes(), HexFormat.of().formatHex(row.getSha256()));
    }

    static byte[] sealAttachment(SecretKey key, UUID recordId, UUID upload, String field, byte[] plaintext) {
        return Aead.encrypt(key, plaintext, context(recordId, upload, field));
    }

    static byte[] openAttachment(SecretKey key, AttachmentsRecord row, String field, byte[] sealed) {
        return Aead.decrypt(key, sealed, context(row.getRecordId(), row.getUploadId(), field));
    }

    private static byte[] context(UUID recordId, UUID upload, String field) {
        return ("hearth:attachment:" + recordId + ":" + upload + ":" + field).getBytes(StandardCharsets.UTF_8);
    }
}
