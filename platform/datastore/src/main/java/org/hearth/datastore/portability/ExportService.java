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

    public ExportService(Db db, RecordService records, AccessLog log, AgreementService agreements, Clock clock) {
        this.db = db;
        this.records = records;
        this.log = log;
        this.agreements = agreements;
        this.clock = clock;
    }

    /** The archive of {@code ctx}'s individual; the export itself is logged (and audited) as an access before the log is read into it. */
    public byte[] export(CallContext ctx) {
        Actor individual = ctx.actor();
        UUID owner = individual.individualId();
        Map<String, byte[]> files = new LinkedHashMap<>();
        JsonArray recordsJson = new JsonArray();
        int versions = 0;
        int attachments = 0;
        for (Record record : allRecords(individual)) {
            JsonObject json = RecordJson.of(record);
            JsonArray history = new JsonArray();
            for (Record.Version v : records.versions(individual, record.id())) {
                history.add(RecordJson.of(v));
                versions++;
            }
            json.put("versions", history);
            if (record.attachment() != null) {
                String path = ArchiveFormat.attachmentPath(record.id());
                files.put(path, records.getAttachment(individual, record.id()).content());
                json.getJsonObject("attachment").put("path", path);
                attachments++;
            }
            recordsJson.add(json);
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
        JsonObject manifest = ArchiveFormat.manifest(owner, OffsetDateTime.now(ZoneOffset.UTC), files,
                Map.of("records", recordsJson.size(), "versions", versions, "attachments", attachments,
                        "agreements", agreementsJson.size(), "consentRecords", consentJson.size(), "accessLogEntries", accessLog.size()));
        return zip(manifest, files);
    }

    private List<Record> allRecords(Actor owner) {
        List<Record> all = new ArrayList<>();
        UUID after = null;
        while (true) {
            List<Record> page = records.list(owner, null, null, after, 200);
            all.addAll(page);
            if (page.size() < 200) {
                return all;
            }
            after = page.getLast().id();
        }
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
