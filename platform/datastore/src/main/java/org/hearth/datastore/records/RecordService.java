package org.hearth.datastore.records;

import org.hearth.datastore.Categories;
import org.hearth.datastore.Record;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import org.hearth.datastore.keys.DataKeys;
import org.hearth.kernel.db.Db;
import org.hearth.datastore.schemas.RecordSchemas;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.jooq.DSLContext;

/**
 * An owner's records: create, read, list, update (optimistically), delete, history, attachment.
 * The owner is the individual acting ({@link Actor}, or the {@link CallContext} of a write); the
 * methods that take a {@link DSLContext} run inside another service's transaction in this module.
 */
public final class RecordService {

    private static final Pattern SCHEMA = Pattern.compile("[a-z][a-z0-9-]{0,30}:[A-Za-z0-9._-]{1,60}/v[0-9]{1,4}");
    private static final int MAX_PAGE = 200;

    private final Db db;
    private final RecordSchemas schemas;
    private final DataKeys keys;
    private final long maxRecordBytes;
    private final long maxAttachmentBytes;
    private final RecordRepository repository = new RecordRepository();

    public RecordService(Db db, DataKeys keys, RecordSchemas schemas, long maxRecordBytes, long maxAttachmentBytes) {
        this.db = db;
        this.schemas = schemas;
        this.keys = keys;
        this.maxRecordBytes = maxRecordBytes;
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    /** The record types whose data this service checks. */
    public RecordSchemas schemas() {
        return schemas;
    }

    public Record create(CallContext ctx, Record.Content content) {
        UUID owner = ctx.actor().individualId();
        check(content);
        UUID id = Ids.newId();
        return db.write(ctx, tx -> {
            SecretKey key = keys.open(tx, owner);
            RecordRows.Stored stored = repository.insertWithFirstVersion(tx, new RecordRows.Stored(id, owner, content.schema(), content.category(),
                    "self", null, 1, null, null, null, null), RecordView.seal(key, id, 1, content, "individual", owner.toString()));
            return new Record(id, content.schema(), content.category(), content.title(), content.dataJson(), "self", null, 1,
                    stored.createdAt(), stored.updatedAt(), null, null, null);
        });
    }

    /**
     * Creates records read from a file, in one transaction (all or none), with the format they
     * came from as their provenance ({@code import:vcard}); returns how many.
     */
    public int createImported(CallContext ctx, String format, List<Record.Content> contents) {
        UUID owner = ctx.actor().individualId();
        return db.write(ctx, tx -> createImported(tx, owner, format, contents));
    }

    /**
     * Creates records read from a file of {@code format}, inside the caller's transaction (an
     * import job's part, with the job's progress); checked again here, whoever prepared them.
     */
    public int createImported(DSLContext tx, UUID owner, String format, List<Record.Content> contents) {
        contents.forEach(this::check);
        String provenance = "import:" + format;
        SecretKey key = keys.open(tx, owner);
        for (Record.Content content : contents) {
            UUID id = Ids.newId();
            repository.insertWithFirstVersion(tx, new RecordRows.Stored(id, owner, content.schema(), content.category(), provenance, null, 1,
                    null, null, null, null), RecordView.seal(key, id, 1, content, "individual", owner.toString()));
        }
        return contents.size();
    }

    /** Checks contents as {@link #createImported} will, before anything is kept. */
    public void checkContents(List<Record.Content> contents) {
        contents.forEach(this::check);
    }

    public Record get(Actor individual, UUID id) {
        UUID owner = individual.individualId();
        return db.read("records.get", dsl -> {
            var row = repository.find(dsl, owner, id).orElseThrow(RecordService::notFound);
            return RecordView.of(keys.open(dsl, owner), row);
        });
    }

    /** A page of the individual's records in creation order; pass the last id seen as {@code after} for the next. */
    public List<Record> list(Actor individual, String category, String schema, UUID after, int limit) {
        return listOf(individual.individualId(), category, schema, after, limit);
    }

    /**
     * A page of one store's records, for this module's services that have already established
     * whose store they read and logged why (an operator's emergency access, the owner's export).
     */
    public List<Record> listOf(UUID owner, String category, String schema, UUID after, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        return db.read("records.list", dsl -> {
            var rows = repository.list(dsl, owner, category, schema, after, size);
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
    public Record deliver(DSLContext tx, UUID owner, UUID tenantId, Record.Content content,
                          java.util.function.Function<String, String> verify) {
        check(content);
        SecretKey key = keys.open(tx, owner);
        UUID id = Ids.newId();
        String digest = Record.contentDigest(content.schema(), content.category(), content.title(), content.dataJson());
        String jws = verify == null ? null : verify.apply(VerificationClaims.of(id, 1, tenantId, digest, java.time.Instant.now()));
        RecordRows.Stored stored = repository.insertWithFirstVersion(tx, new RecordRows.Stored(id, owner, content.schema(), content.category(),
                "tenant", tenantId, 1, null, null, jws, null), RecordView.seal(key, id, 1, content, "tenant", tenantId.toString()));
        return new Record(id, content.schema(), content.category(), content.title(), content.dataJson(), "tenant", tenantId, 1,
                stored.createdAt(), stored.updatedAt(), null, jws, null);
    }

    /**
     * A delivered record as its delivery answered: the first version's title and data (decrypted),
     * the record's id, times and signature, and the schema and category that were sent. Later
     * changes by the owner are not shown to the tenant. Empty when there is no such record from
     * this tenant (any more).
     */
    public java.util.Optional<Record> asDelivered(DSLContext dsl, UUID owner, UUID tenantId, UUID id, Record.Content sent) {
        return repository.firstVersion(dsl, owner, tenantId, id).map(row -> {
            SecretKey key = keys.open(dsl, owner);
            RecordRows.Stored r = row.record();
            RecordRows.SealedVersion v = row.current();
            return new Record(id, sent.schema(), sent.category(), RecordCrypto.openText(key, id, 1, "title", v.titleCt()),
                    RecordCrypto.openText(key, id, 1, "data", v.dataCt()), "tenant", tenantId, 1, r.createdAt(), r.createdAt(),
                    null, r.verificationJws(), null);
        });
    }

    /**
     * Records in these categories, in id order, after the record {@code after} (null for the first
     * page), inside a transaction the caller holds (the consented read checks its agreement in it).
     */
    public List<Record> listInCategories(DSLContext dsl, UUID owner, List<String> categories, UUID after, int limit) {
        var rows = repository.listInCategories(dsl, owner, categories, after, limit);
        if (rows.isEmpty()) {
            return List.of();
        }
        SecretKey key = keys.open(dsl, owner);
        return rows.stream().map(r -> RecordView.of(key, r)).toList();
    }

    /** Replaces the content if the record is still at {@code expectedVersion}; otherwise 412 and nothing changes. */
    public Record update(CallContext ctx, UUID id, int expectedVersion, Record.Content content) {
        UUID owner = ctx.actor().individualId();
        check(content);
        return db.write(ctx, tx -> {
            if (!repository.exists(tx, owner, id)) {
                throw notFound();
            }
            if (!repository.bump(tx, owner, id, expectedVersion, content.schema(), content.category())) {
                throw new HearthException(ErrorCode.PRECONDITION_FAILED,
                        "The record is no longer at version " + expectedVersion + "; read it again and reapply your change.");
            }
            SecretKey key = keys.open(tx, owner);
            repository.insertVersion(tx, RecordView.seal(key, id, expectedVersion + 1, content, "individual", owner.toString()));
            return repository.find(tx, owner, id).map(r -> RecordView.of(key, r)).orElseThrow();
        });
    }

    public void delete(CallContext ctx, UUID id) {
        UUID owner = ctx.actor().individualId();
        // Refused inside the transaction, so a delete of nothing leaves no audit row either.
        db.write(ctx, tx -> {
            if (!repository.delete(tx, owner, id)) {
                throw notFound();
            }
            return null;
        });
    }

    public List<Record.Version> versions(Actor individual, UUID id) {
        UUID owner = individual.individualId();
        return db.read("records.versions", dsl -> {
            if (!repository.exists(dsl, owner, id)) {
                throw notFound();
            }
            SecretKey key = keys.open(dsl, owner);
            return repository.versions(dsl, id).stream().map(v -> RecordView.version(key, v)).toList();
        });
    }

    public Record.Attachment putAttachment(CallContext ctx, UUID id, String filename, String mediaType, byte[] content) {
        UUID owner = ctx.actor().individualId();
        if (content.length > maxAttachmentBytes) {
            throw new HearthException(ErrorCode.PAYLOAD_TOO_LARGE, "An attachment may be at most " + maxAttachmentBytes + " bytes.");
        }
        String name = filename == null || filename.isBlank() ? "attachment" : filename.strip();
        String type = mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType;
        return db.write(ctx, tx -> {
            if (!repository.exists(tx, owner, id)) {
                throw notFound();
            }
            SecretKey key = keys.open(tx, owner);
            byte[] digest = sha256(content);
            repository.putAttachment(tx, RecordView.sealAttachment(key, id, name, type, content, digest));
            return new Record.Attachment(name, type, content.length, HexFormat.of().formatHex(digest));
        });
    }

    /** The attachment's description and decrypted bytes. */
    public record AttachmentContent(Record.Attachment attachment, byte[] content) {
    }

    public AttachmentContent getAttachment(Actor individual, UUID id) {
        UUID owner = individual.individualId();
        return db.read("records.get_attachment", dsl -> {
            RecordRows.SealedAttachment row = repository.attachment(dsl, owner, id)
                    .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "This record has no attachment."));
            SecretKey key = keys.open(dsl, owner);
            return new AttachmentContent(RecordView.attachment(key, row), RecordView.openAttachment(key, row, "content", row.contentCt()));
        });
    }

    /**
     * A record version's data, decrypted with its owner's key: for this module's services that
     * read sealed rows in bulk themselves (a pilot's cohort) and never let the plaintext leave.
     */
    public String openData(SecretKey ownerKey, UUID recordId, int version, byte[] sealedData) {
        return RecordCrypto.openText(ownerKey, recordId, version, "data", sealedData);
    }

    /** Checks an imported record against this operator's rules and limits before anything is written. */
    public void checkImport(ImportedRecord imported) {
        imported.versions().forEach(this::check);
        if (imported.attachment() != null && imported.attachment().length > maxAttachmentBytes) {
            throw new HearthException(ErrorCode.PAYLOAD_TOO_LARGE, "An attachment may be at most " + maxAttachmentBytes + " bytes.");
        }
    }

    /** The provenance of records brought from another Hearth's export archive. */
    public static final String IMPORTED_FROM_HEARTH = "import:hearth";

    /** Writes an imported record, with its whole history, into a new owner's store (inside the import's transaction). */
    public void importRecord(DSLContext tx, UUID owner, ImportedRecord imported) {
        imported.versions().forEach(this::check);
        SecretKey key = keys.open(tx, owner);
        UUID id = Ids.newId();
        Record.Content last = imported.versions().getLast();
        // From another Hearth: the organisation's signature (checked against its key by the import)
        // stays only while it covers the content as it arrives, and with it who vouched.
        String kept = org.hearth.datastore.Verification.of(imported.verificationJws())
                .filter(v -> v.digest().equals(Record.contentDigest(last.schema(), last.category(), last.title(), last.dataJson())))
                .map(v -> imported.verificationJws()).orElse(null);
        repository.insert(tx, new RecordRows.Stored(id, owner, last.schema(), last.category(), IMPORTED_FROM_HEARTH, null, imported.versions().size(),
                null, null, kept, kept == null ? null : RecordView.sealVoucher(key, id, imported.voucher())));
        for (int v = 0; v < imported.versions().size(); v++) {
            repository.insertVersion(tx, RecordView.seal(key, id, v + 1, imported.versions().get(v), "import", owner.toString()));
        }
        if (imported.attachment() != null) {
            String name = imported.attachmentName() == null ? "attachment" : imported.attachmentName();
            String type = imported.attachmentType() == null ? "application/octet-stream" : imported.attachmentType();
            repository.putAttachment(tx, RecordView.sealAttachment(key, id, name, type, imported.attachment(), sha256(imported.attachment())));
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
        schemas.check(content.schema(), content.dataJson());
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
