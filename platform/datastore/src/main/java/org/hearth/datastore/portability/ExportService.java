package org.hearth.datastore.portability;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hearth.datastore.accesslog.AccessEntry;
import org.hearth.datastore.accesslog.AccessLog;
import org.hearth.datastore.accesslog.AccessLogRoutes;
import org.hearth.datastore.Agreement;
import org.hearth.datastore.AgreementJson;
import org.hearth.datastore.Record;
import org.hearth.datastore.agreements.AgreementRoutes;
import org.hearth.datastore.agreements.AgreementService;
import org.hearth.datastore.RecordJson;
import org.hearth.datastore.records.RecordService;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;

/** Builds the owner's export archive: manifest, records with versions, attachments, agreements, access log. */
public final class ExportService {

    private final Db db;
    private final RecordService records;
    private final AccessLog log;
    private final AgreementService agreements;
    private final Clock clock;
    private final String origin;

    /** @param origin this Hearth's public address, written in the archive as where its signatures can be checked */
    public ExportService(Db db, RecordService records, AccessLog log, AgreementService agreements, Clock clock, String origin) {
        this.origin = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
        this.db = db;
        this.records = records;
        this.log = log;
        this.agreements = agreements;
        this.clock = clock;
    }

    /** Records in the archive's form, a batch at a time: their JSON (with versions) and their attachments' bytes by archive path. */
    public record RecordsPart(JsonArray records, Map<String, byte[]> attachments, int versions, UUID last, boolean complete) {

        public int size() {
            return records.size();
        }
    }

    /** How many records a batch reads at most: the background export commits one part per batch. */
    static final int BATCH = 200;
    /** A batch stops early once its attachments reach this many bytes, so a part stays far below PostgreSQL's and the heap's limits. */
    static final long BATCH_BYTES = 8L * 1024 * 1024;

    /** The archive of {@code ctx}'s individual, built at once; the export itself is logged (and audited) as an access before the log is read into it. */
    public byte[] export(CallContext ctx) {
        List<RecordsPart> parts = new ArrayList<>();
        UUID after = null;
        while (true) {
            RecordsPart part = part(ctx.actor(), after, BATCH);
            parts.add(part);
            if (part.complete()) {
                return assemble(ctx, parts);
            }
            after = part.last();
        }
    }

    /**
     * The owner's records after {@code after} (by id), at most {@code limit} and about
     * {@link #BATCH_BYTES} of attachments, each with its versions and attachment; {@code complete}
     * when no record is left after it.
     */
    public RecordsPart part(Actor individual, UUID after, int limit) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        JsonArray recordsJson = new JsonArray();
        int versions = 0;
        long bytes = 0;
        UUID last = after;
        List<Record> page = records.list(individual, null, null, after, limit);
        Map<UUID, String> organisations = new java.util.HashMap<>();
        if (page.stream().anyMatch(r -> r.verificationJws() != null && r.provenanceTenantId() != null)) {
            agreements.list(individual).forEach(a -> organisations.putIfAbsent(a.tenantId(), a.tenantName()));
        }
        for (Record record : page) {
            if (bytes >= BATCH_BYTES) {
                return new RecordsPart(recordsJson, files, versions, last, false);
            }
            JsonObject json = RecordJson.of(record);
            JsonObject verification = json.getJsonObject("verification");
            if (verification != null && record.provenanceTenantId() != null) {
                // Signed here: whoever checks it later asks this Hearth for the organisation's keys.
                verification.put("origin", origin).put("organisation", organisations.get(record.provenanceTenantId()));
            }
            JsonArray history = new JsonArray();
            for (Record.Version v : records.versions(individual, record.id())) {
                history.add(RecordJson.of(v));
                versions++;
            }
            json.put("versions", history);
            if (record.attachment() != null) {
                String path = ArchiveFormat.attachmentPath(record.id());
                byte[] content = records.getAttachment(individual, record.id()).content();
                files.put(path, content);
                bytes += content.length;
                json.getJsonObject("attachment").put("path", path);
            }
            recordsJson.add(json);
            last = record.id();
        }
        return new RecordsPart(recordsJson, files, versions, last, page.size() < limit);
    }

    /**
     * The archive from the records' parts, with everything else read now: agreements, consent
     * records and the access log, into which this export is first written (and audited) as an
     * access of the owner's.
     */
    public byte[] assemble(CallContext ctx, List<RecordsPart> parts) {
        Actor individual = ctx.actor();
        UUID owner = individual.individualId();
        Map<String, byte[]> files = new LinkedHashMap<>();
        JsonArray recordsJson = new JsonArray();
        int versions = 0;
        int attachments = 0;
        for (RecordsPart part : parts) {
            part.records().forEach(recordsJson::add);
            files.putAll(part.attachments());
            versions += part.versions();
            attachments += part.attachments().size();
        }
        // The export is itself an access by a program of the owner's: on the record, like any other.
        db.write(ctx, tx -> log.append(tx, owner, new AccessEntry.New("individual", owner.toString(), "export",
                null, List.of(), List.of(), "export requested by the account owner")));
        JsonArray accessLog = new JsonArray();
        db.read("access_log.export_read", dsl -> log.all(dsl, owner)).forEach(e -> accessLog.add(AccessLogRoutes.toJson(e)));
        files.put(ArchiveFormat.RECORDS, json(recordsJson));
        // Every agreement the person ever made, live or ended, each with its signed receipt; and
        // the consent record behind each, with its lifecycle (given, withdrawn, expired).
        JsonArray agreementsJson = new JsonArray();
        JsonArray consentJson = new JsonArray();
        for (Agreement a : agreements.list(individual)) {
            agreementsJson.add(AgreementJson.forIndividual(a, clock).put("receipt", AgreementRoutes.receipt(agreements.receipt(individual, a.id()))));
            consentJson.add(new JsonObject().put("agreementId", a.id().toString())
                    .mergeIn(AgreementRoutes.consentRecord(agreements.consentRecord(individual, a.id()))));
        }
        files.put(ArchiveFormat.AGREEMENTS, json(agreementsJson));
        files.put(ArchiveFormat.CONSENT_RECORDS, json(consentJson));
        files.put(ArchiveFormat.ACCESS_LOG, json(accessLog));
        JsonObject manifest = ArchiveFormat.manifest(owner, origin, OffsetDateTime.now(ZoneOffset.UTC), files,
                Map.of("records", recordsJson.size(), "versions", versions, "attachments", attachments,
                        "agreements", agreementsJson.size(), "consentRecords", consentJson.size(), "accessLogEntries", accessLog.size()));
        return zip(manifest, files);
    }

    private static byte[] json(JsonArray array) {
        return array.encodePrettily().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(JsonObject manifest, Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(ArchiveFormat.MANIFEST));
            zip.write(manifest.encodePrettily().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the export archive", e);
        }
        return bytes.toByteArray();
    }
}
