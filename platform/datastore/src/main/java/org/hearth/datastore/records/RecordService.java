package org.hearth.datastore.records;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import org.hearth.datastore.keys.DataKeys;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.schema.generated.datastore.tables.records.AttachmentsRecord;
import org.hearth.schema.generated.datastore.tables.records.RecordVersionsRecord;
import org.hearth.schema.generated.datastore.tables.records.RecordsRecord;

/** An owner's records: create, read, list, update (optimistically), delete, history, attachment. */
public final class RecordService {

    private static final Pattern SCHEMA = Pattern.compile("[a-z][a-z0-9-]{0,30}:[A-Za-z0-9._-]{1,60}/v[0-9]{1,4}");
    private static final int MAX_PAGE = 200;

    private final Db db;
    private final DataKeys keys;
    private final long maxRecordBytes;
    private final long maxAttachmentBytes;

    public RecordService(Db db, DataKeys keys, long maxRecordBytes, long maxAttachmentBytes) {
        this.db = db;
        this.keys = keys;
        this.maxRecordBytes = maxRecordBytes;
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    public Record create(UUID owner, Record.Content content) {
        check(content);
        UUID id = Ids.newId();
        return db.tx("records.create", tx -> {
            SecretKey key = keys.open(tx, owner);
            RecordsRecord row = new RecordsRecord().setId(id).setIndividualId(owner).setSchemaId(content.schema())
                    .setCategory(content.category()).setProvenance("self").setVersion(1);
            RecordsRecord stored = new RecordRepository().insert(tx, row);
            new RecordRepository().insertVersion(tx, version(key, id, 1, content, "individual", owner.toString()));
            return new Record(id, content.schema(), content.category(), content.title(), content.dataJson(), "self", null, 1,
                    stored.getCreatedAt(), stored.getUpdatedAt(), null, null);
        });
    }

    public Record get(UUID owner, UUID id) {
        return db.read("records.get", dsl -> {
            var row = new RecordRepository().find(dsl, owner, id).orElseThrow(RecordService::notFound);
            return RecordView.of(keys.open(dsl, owner), row);
        });
    }

    /** A page of records in creation order; pass the last id seen as {@code after} for the next. */
    public List<Record> list(UUID owner, String category, String schema, UUID after, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        return db.read("records.list", dsl -> {
            var rows = new RecordRepository().list(dsl, owner, category, schema, after, size);
            if (rows.isEmpty()) {
                return List.of();
            }
            SecretKey key = keys.open(dsl, owner);
            return rows.stream().map(r -> RecordView.of(key, r)).toList();
        });
    }

    /**
     * A record delivered by a tenant, inside the caller's transaction. When {@code verify} is given
     * it signs the content's digest, so that anyone can check who vouches for it.
     */
    public Record deliver(org.jooq.DSLContext tx, UUID owner, UUID tenantId, Record.Content content,
                          java.util.function.Function<String, String> verify) {
        check(content);
        SecretKey key = keys.open(tx, owner);
        UUID id = Ids.newId();
        String digest = Record.contentDigest(content.schema(), content.category(), content.title(), content.dataJson());
        String jws = verify == null ? null : verify.apply(new io.vertx.core.json.JsonObject().put("recordId", id.toString()).put("version", 1)
                .put("tenantId", tenantId.toString()).put("digest", digest).put("canonicalization", "hearth-record-v1")
                .put("iat", java.time.Instant.now().getEpochSecond()).encode());
        RecordRepository repository = new RecordRepository();
        RecordsRecord stored = repository.insert(tx, new RecordsRecord().setId(id).setIndividualId(owner).setSchemaId(content.schema())
                .setCategory(content.category()).setProvenance("tenant").setProvenanceTenantId(tenantId).setVersion(1).setVerificationJws(jws));
        repository.insertVersion(tx, version(key, id, 1, content, "tenant", tenantId.toString()));
        return new Record(id, content.schema(), content.category(), content.title(), content.dataJson(), "tenant", tenantId, 1,
                stored.getCreatedAt(), stored.getUpdatedAt(), null, jws);
    }

    /**
     * A delivered record as its delivery answered: the first version's title and data (decrypted),
     * the record's id, times and signature, and the schema and category that were sent. Later
     * changes by the owner are not shown to the tenant. Empty when there is no such record from
     * this tenant (any more).
     */
    public java.util.Optional<Record> asDelivered(org.jooq.DSLContext dsl, UUID owner, UUID tenantId, UUID id, Record.Content sent) {
        return new RecordRepository().firstVersion(dsl, owner, tenantId, id).map(row -> {
            SecretKey key = keys.open(dsl, owner);
            RecordsRecord r = row.record();
            RecordVersionsRecord v = row.current();
            return new Record(id, sent.schema(), sent.category(), RecordCrypto.openText(key, id, 1, "title", v.getTitleCt()),
                    RecordCrypto.openText(key, id, 1, "data", v.getDataCt()), "tenant", tenantId, 1, r.getCreatedAt(), r.getCreatedAt(),
                    null, r.getVerificationJws());
        });
    }

    /** Records in these categories, in id order, after the record {@code after} (null for the first page). */
    public List<Record> listInCategories(UUID owner, List<String> categories, UUID after, int limit) {
        return db.read("records.list_in_categories", dsl -> listInCategories(dsl, owner, categories, after, limit));
    }

    /** The same, inside a transaction the caller holds (the consented read checks its agreement in it). */
    public List<Record> listInCategories(org.jooq.DSLContext dsl, UUID owner, List<String> categories, UUID after, int limit) {
        var rows = new RecordRepository().listInCategories(dsl, owner, categories, after, limit);
        if (rows.isEmpty()) {
            return List.of();
        }
        SecretKey key = keys.open(dsl, owner);
        return rows.stream().map(r -> RecordView.of(key, r)).toList();
    }

    /** Replaces the content if the record is still at {@code expectedVersion}; otherwise 412 and nothing changes. */
    public Record update(UUID owner, UUID id, int expectedVersion, Record.Content content) {
        check(content);
        return db.tx("records.update", tx -> {
            RecordRepository repository = new RecordRepository();
            if (!repository.exists(tx, owner, id)) {
                throw notFound();
            }
            if (!repository.bump(tx, owner, id, expectedVersion, content.schema(), content.category())) {
                throw new HearthException(ErrorCode.PRECONDITION_FAILED,
                        "The record is no longer at version " + expectedVersion + "; read it again and reapply your change.");
            }
            SecretKey key = keys.open(tx, owner);
            repository.insertVersion(tx, version(key, id, expectedVersion + 1, content, "individual", owner.toString()));
            return repository.find(tx, owner, id).map(r -> RecordView.of(key, r)).orElseThrow();
        });
    }

    public void delete(UUID owner, UUID id) {
        if (!db.tx("records.delete", tx -> new RecordRepository().delete(tx, owner, id))) {
            throw notFound();
        }
    }

    public List<Record.Version> versions(UUID owner, UUID id) {
        return db.read("records.versions", dsl -> {
            if (!new RecordRepository().exists(dsl, owner, id)) {
                throw notFound();
            }
            SecretKey key = keys.open(dsl, owner);
            return new RecordRepository().versions(dsl, id).stream().map(v -> RecordView.version(key, v)).toList();
        });
    }

    public Record.Attachment putAttachment(UUID owner, UUID id, String filename, String mediaType, byte[] content) {
        if (content.length > maxAttachmentBytes) {
            throw new HearthException(ErrorCode.PAYLOAD_TOO_LARGE, "An attachment may be at most " + maxAttachmentBytes + " bytes.");
        }
        String name = filename == null || filename.isBlank() ? "attachment" : filename.strip();
        String type = mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType;
        return db.tx("records.put_attachment", tx -> {
            if (!new RecordRepository().exists(tx, owner, id)) {
                throw notFound();
            }
            SecretKey key = keys.open(tx, owner);
            UUID upload = Ids.newId();
            byte[] digest = sha256(content);
            new RecordRepository().putAttachment(tx, new AttachmentsRecord().setRecordId(id).setUploadId(upload)
                    .setFilenameCt(RecordView.sealAttachment(key, id, upload, "filename", name.getBytes(StandardCharsets.UTF_8)))
                    .setContentCt(RecordView.sealAttachment(key, id, upload, "content", content))
                    .setMediaType(type)
                    .setSizeBytes((long) content.length)
                    .setSha256(digest));
            return new Record.Attachment(name, type, content.length, HexFormat.of().formatHex(digest));
        });
    }

    /** The attachment's description and decrypted bytes. */
    public record AttachmentContent(Record.Attachment attachment, byte[] content) {
    }

    public AttachmentContent getAttachment(UUID owner, UUID id) {
        return db.read("records.get_attachment", dsl -> {
            AttachmentsRecord row = new RecordRepository().attachment(dsl, owner, id)
                    .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "This record has no attachment."));
            SecretKey key = keys.open(dsl, owner);
            return new AttachmentContent(RecordView.attachment(key, row), RecordView.openAttachment(key, row, "content", row.getContentCt()));
        });
    }

    /** Checks an imported record against this operator's rules and limits before anything is written. */
    public void checkImport(ImportedRecord imported) {
        imported.versions().forEach(this::check);
        if (imported.attachment() != null && imported.attachment().length > maxAttachmentBytes) {
            throw new HearthException(ErrorCode.PAYLOAD_TOO_LARGE, "An attachment may be at most " + maxAttachmentBytes + " bytes.");
        }
    }

    /** Writes an imported record, with its whole history, into a new owner's store (inside the import's transaction). */
    public void importRecord(org.jooq.DSLContext tx, UUID owner, ImportedRecord imported) {
        imported.versions().forEach(this::check);
        SecretKey key = keys.open(tx, owner);
        UUID id = Ids.newId();
        Record.Content last = imported.versions().getLast();
        RecordRepository repository = new RecordRepository();
        repository.insert(tx, new RecordsRecord().setId(id).setIndividualId(owner).setSchemaId(last.schema())
                .setCategory(last.category()).setProvenance("self").setVersion(imported.versions().size()));
        for (int v = 0; v < imported.versions().size(); v++) {
            repository.insertVersion(tx, version(key, id, v + 1, imported.versions().get(v), "import", owner.toString()));
        }
        if (imported.attachment() != null) {
            UUID upload = Ids.newId();
            String name = imported.attachmentName() == null ? "attachment" : imported.attachmentName();
            repository.putAttachment(tx, new AttachmentsRecord().setRecordId(id).setUploadId(upload)
                    .setFilenameCt(RecordView.sealAttachment(key, id, upload, "filename", name.getBytes(StandardCharsets.UTF_8)))
                    .setContentCt(RecordView.sealAttachment(key, id, upload, "content", imported.attachment()))
                    .setMediaType(imported.attachmentType() == null ? "application/octet-stream" : imported.attachmentType())
                    .setSizeBytes((long) imported.attachment().length)
                    .setSha256(sha256(imported.attachment())));
        }
    }

    private void check(Record.Content content) {
        if (content.schema() == null || !SCHEMA.matcher(content.schema()).matches()) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "schema must look like hearth:address/v1.");
        }
        if (!Categories.isKnown(content.category())) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "category must be a known DPV personal-data category such as dpv-pd:Address.");
        }
        if (content.title() == null || content.title().isBlank() || content.title().length() > 500) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "A record needs a title of 1 to 500 characters.");
        }
        if (content.dataJson().getBytes(StandardCharsets.UTF_8).length + content.title().length() > maxRecordBytes) {
            throw new HearthException(ErrorCode.PAYLOAD_TOO_LARGE, "A record may be at most " + maxRecordBytes + " bytes of JSON.");
        }
    }

    private static RecordVersionsRecord version(SecretKey key, UUID id, int version, Record.Content content, String authorKind, String authorId) {
        return new RecordVersionsRecord().setRecordId(id).setVersion(version)
                .setTitleCt(RecordCrypto.sealText(key, id, version, "title", content.title()))
                .setDataCt(RecordCrypto.sealText(key, id, version, "data", content.dataJson()))
                .setAuthorKind(authorKind).setAuthorId(authorId);
    }

    static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static HearthException notFound() {
        return new HearthException(ErrorCode.NOT_FOUND, "You have no record with this id.");
    }
}
