package org.hearth.datastore.portability;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.hearth.datastore.AttributeKeys;
import org.hearth.datastore.accounts.Account;
import org.hearth.datastore.accounts.AccountService;
import org.hearth.datastore.records.ImportedRecord;
import org.hearth.datastore.Record;
import org.hearth.datastore.records.RecordService;
import org.hearth.kernel.actor.RequestId;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.input.InputRejected;
import org.hearth.kernel.input.JsonLimits;

/**
 * Creates a new account from an export archive (moving from another Hearth operator). The
 * archive is checked whole before anything is written: every file in the manifest must be there
 * with its checksum, and nothing else; then the account and its records commit together.
 */
public final class ImportService {

    private static final int MAX_FILES = 100_000;

    private final Db db;
    private final AccountService accounts;
    private final RecordService records;
    private final long maxUnpackedBytes;
    private final UnpackBudget budget;
    private final AttributeKeys attributeKeys;

    /**
     * @param maxUnpackedBytes the most an archive may unpack to, counted as it is read (a zip bomb stops there)
     * @param budgetBytes      the most all running imports may hold unpacked together; beyond, 503
     * @param attributeKeys    where delivering organisations' keys come from, to check the signatures records carry
     */
    public ImportService(Db db, AccountService accounts, RecordService records, long maxUnpackedBytes, long budgetBytes, AttributeKeys attributeKeys) {
        this.attributeKeys = attributeKeys;
        this.db = db;
        this.accounts = accounts;
        this.records = records;
        this.maxUnpackedBytes = maxUnpackedBytes;
        this.budget = new UnpackBudget(budgetBytes);
    }

    /**
     * Where a large archive's records go once its account is made: queued as a background import
     * of that account in the same transaction (the job's id), or added at once (empty).
     */
    @FunctionalInterface
    public interface Later {
        java.util.Optional<java.util.UUID> queue(org.jooq.DSLContext tx, java.util.UUID owner, List<ImportedRecord> records);

        /** Everything at once, in the account's transaction (the API: its 201 means the records are there). */
        Later NEVER = (tx, owner, records) -> java.util.Optional.empty();
    }

    /** The account made, and the background import of its records when they were too many to add at once (null otherwise). */
    public record Moved(Account account, java.util.UUID job) {
    }

    /**
     * Audited as the import of request {@code requestId}, by the account it makes (see {@link AccountService#newcomer}).
     *
     * @param archive opens the archive's bytes (read once, from the start)
     */
    public Account importArchive(RequestId requestId, String email, String password, java.util.function.Supplier<InputStream> archive) {
        return importArchive(requestId, email, password, archive, Later.NEVER).account();
    }

    /** As {@link #importArchive(RequestId, String, String, java.util.function.Supplier)}, the records of a large archive left to {@code later}. */
    public Moved importArchive(RequestId requestId, String email, String password, java.util.function.Supplier<InputStream> archive, Later later) {
        long[] held = {0};
        try (InputStream in = archive.get()) {
            return importFiles(requestId, email, password, unzip(in, held), later);
        } catch (IOException e) {
            throw invalid("The upload is not a readable zip archive.");
        } finally {
            budget.giveBack(held[0]);
        }
    }

    private Moved importFiles(RequestId requestId, String email, String password, Map<String, byte[]> files, Later later) {
        files.forEach(ImportService::checkJson);
        JsonObject manifest = json(files.remove(ArchiveFormat.MANIFEST), ArchiveFormat.MANIFEST);
        if (!ArchiveFormat.FORMAT.equals(manifest.getString("format")) || !Integer.valueOf(ArchiveFormat.VERSION).equals(manifest.getInteger("formatVersion"))) {
            throw invalid("manifest.json does not describe a " + ArchiveFormat.FORMAT + " archive of format version " + ArchiveFormat.VERSION + ".");
        }
        JsonObject checksums;
        try {
            checksums = manifest.getJsonObject("files", new JsonObject());
            checksums.forEach(e -> checksums.getString(e.getKey()));
        } catch (ClassCastException e) {
            throw invalid("manifest.json's files must map each file to its SHA-256.");
        }
        for (String name : checksums.fieldNames()) {
            byte[] content = files.get(name);
            if (content == null) {
                throw invalid(name + " is listed in manifest.json but missing from the archive.");
            }
            if (!ArchiveFormat.sha256(content).equals(checksums.getString(name))) {
                throw invalid(name + " does not match its checksum in manifest.json.");
            }
        }
        if (!checksums.fieldNames().containsAll(files.keySet())) {
            throw invalid("The archive holds files that manifest.json does not list.");
        }
        // An archive that names no origin was written before archives did: by this Hearth, or by one whose keys cannot be asked for anyway.
        String origin = manifest.getValue("origin") instanceof String o ? o : attributeKeys.self();
        List<ImportedRecord> imported = new ArrayList<>(records(files, origin, new AttributeSignatures(attributeKeys)));
        imported.addAll(AgreementHistory.records(files.get(ArchiveFormat.AGREEMENTS)));
        for (ImportedRecord record : imported) {
            try {
                records.checkImport(record);
            } catch (HearthException e) {
                throw invalid("A record does not meet this operator's rules: " + e.detail());
            }
        }
        var prepared = accounts.prepareSignUp(email, password);
        return accounts.mapDuplicateEmail(() -> db.write(AccountService.newcomer(prepared.id(), "importAccount", requestId), tx -> {
            Account account = accounts.signUp(tx, prepared);
            java.util.Optional<java.util.UUID> job = later.queue(tx, account.id(), imported);
            if (job.isEmpty()) {
                for (ImportedRecord record : imported) {
                    records.importRecord(tx, account.id(), record);
                }
            }
            return new Moved(account, job.orElse(null));
        }));
    }

    /**
     * The archive's records. A delivered record's signature is kept only when it checks against
     * its organisation's key as published at the Hearth it was signed on (the record's
     * {@code verification.origin}, else the archive's {@code origin}); any other is dropped, and
     * the record comes without it.
     */
    private static List<ImportedRecord> records(Map<String, byte[]> files, String archiveOrigin, AttributeSignatures signatures) {
        JsonArray array;
        try {
            array = new JsonArray(new String(files.getOrDefault(ArchiveFormat.RECORDS, "[]".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
        } catch (DecodeException e) {
            throw invalid("records.json is not a JSON array.");
        }
        List<ImportedRecord> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            try {
                JsonObject r = array.getJsonObject(i);
                List<Record.Content> versions = new ArrayList<>();
                for (Object v : r.getJsonArray("versions")) {
                    JsonObject version = (JsonObject) v;
                    String title = java.util.Objects.requireNonNull(version.getString("title"));
                    versions.add(new Record.Content(r.getString("schema"), r.getString("category"), title,
                            version.getJsonObject("data").encode()));
                }
                JsonObject attachment = r.getJsonObject("attachment");
                byte[] file = attachment == null ? null : files.get(attachment.getString("path"));
                if (versions.isEmpty() || (attachment != null && file == null)) {
                    throw invalid("records.json entry " + i + " has no versions or a missing attachment.");
                }
                JsonObject verification = r.getJsonObject("verification");
                String jws = verification == null ? null : verification.getString("jws");
                String origin = verification == null || verification.getString("origin") == null ? archiveOrigin : verification.getString("origin");
                // The digest first (no call out for a signature over other content), then the signature.
                Record.Content last = versions.getLast();
                boolean covers = org.hearth.datastore.Verification.of(jws)
                        .filter(v -> v.digest().equals(Record.contentDigest(last.schema(), last.category(), last.title(), last.dataJson()))).isPresent();
                var signer = covers ? signatures.signer(origin, jws) : java.util.Optional.<AttributeSignatures.Signer>empty();
                out.add(new ImportedRecord(versions, attachment == null ? null : attachment.getString("filename"),
                        attachment == null ? null : attachment.getString("mediaType"), file,
                        signer.isPresent() ? jws : null, signer.map(s -> new Record.Voucher(s.name(), origin)).orElse(null)));
            } catch (ClassCastException | NullPointerException e) {
                throw invalid("records.json entry " + i + " is not a record of this format.");
            }
        }
        return out;
    }

    /** Every JSON file of the archive passes the same limits as a JSON request body, before it is parsed. */
    private static void checkJson(String name, byte[] content) {
        if (!name.endsWith(".json")) {
            return;
        }
        try {
            JsonLimits.check(content);
        } catch (JsonLimits.Malformed e) {
            throw invalid(name + " is not JSON.");
        } catch (InputRejected e) {
            throw invalid(name + ": " + e.getMessage());
        }
    }

    /** @param held counts what this import took from the shared budget, to give back when it ends */
    private Map<String, byte[]> unzip(InputStream archive, long[] held) {
        Map<String, byte[]> files = new HashMap<>();
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(archive)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    unpacked += n;
                    if (unpacked > maxUnpackedBytes) {
                        throw invalid("The archive unpacks to more than " + maxUnpackedBytes + " bytes.");
                    }
                    if (!budget.take(n)) {
                        throw new HearthException(ErrorCode.UNAVAILABLE, "The server is busy with other imports; try again shortly. Nothing was imported.",
                                Map.of("retryAfter", ImportGate.RETRY_AFTER_SECONDS));
                    }
                    held[0] += n;
                    content.write(buffer, 0, n);
                }
                if (files.size() >= MAX_FILES || entry.getName().contains("..") || files.put(entry.getName(), content.toByteArray()) != null) {
                    throw invalid("The archive has too many files, a path outside it, or a file twice.");
                }
            }
        } catch (IOException e) {
            throw invalid("The upload is not a readable zip archive.");
        }
        if (!files.containsKey(ArchiveFormat.MANIFEST)) {
            throw invalid("The archive has no manifest.json.");
        }
        return files;
    }

    private static JsonObject json(byte[] bytes, String name) {
        try {
            return new JsonObject(new String(bytes, StandardCharsets.UTF_8));
        } catch (DecodeException e) {
            throw invalid(name + " is not JSON.");
        }
    }

    private static HearthException invalid(String detail) {
        return new HearthException(ErrorCode.INVALID_ARCHIVE, detail + " Nothing was imported.");
    }
}
