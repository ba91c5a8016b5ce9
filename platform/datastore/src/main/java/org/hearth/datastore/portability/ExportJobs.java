package org.hearth.datastore.portability;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.hearth.datastore.keys.DataKeys;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.crypto.Aead;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.jooq.DSLContext;

/**
 * A copy of all of a person's data, prepared in the background ({@link ExportWorker}) and
 * downloaded when ready. Each committed batch of records is a part sealed under the person's data
 * key (AES-GCM, the job and part number as associated data), so nothing of it is in clear at rest
 * and it goes with the key at erasure; the archive is assembled from the parts at download, with
 * the agreements, consent records and access log as they are then.
 */
public final class ExportJobs {

    /** How long a prepared copy can be downloaded. */
    static final Duration KEPT = Duration.ofDays(7);

    private final Db db;
    private final DataKeys keys;
    private final ExportService exports;
    private final Clock clock;
    private final ExportJobRepository repository = new ExportJobRepository();

    public ExportJobs(Db db, DataKeys keys, ExportService exports, Clock clock) {
        this.db = db;
        this.keys = keys;
        this.exports = exports;
        this.clock = clock;
    }

    /** Starts preparing a copy; while one is being prepared, that one (asking twice starts nothing). */
    public ExportJob request(CallContext ctx) {
        UUID owner = ctx.actor().individualId();
        return db.write(ctx, tx -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            repository.insert(tx, Ids.newId(), owner, repository.countRecords(tx, owner), now, now.plus(KEPT));
            return repository.latest(tx, owner).orElseThrow();
        });
    }

    /** The person's newest copy, being prepared or ready; empty when none is kept. */
    public Optional<ExportJob> latest(Actor individual) {
        return db.read(individual, "exports.latest", dsl -> repository.latest(dsl, individual.individualId()));
    }

    /** The archive of a ready copy of the caller's; 404 for another's, one not ready, or one gone. */
    public byte[] archive(CallContext ctx, UUID jobId) {
        UUID owner = ctx.actor().individualId();
        List<ExportService.RecordsPart> parts = db.read(ctx.actor(), "exports.parts", dsl -> {
            repository.byId(dsl, owner, jobId).filter(ExportJob::ready)
                    .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "You have no copy ready with this id."));
            SecretKey key = keys.open(dsl, owner);
            List<ExportService.RecordsPart> opened = new ArrayList<>();
            List<byte[]> sealed = repository.parts(dsl, jobId);
            for (int seq = 0; seq < sealed.size(); seq++) {
                opened.add(decode(new String(Aead.decrypt(key, sealed.get(seq), context(jobId, seq)), StandardCharsets.UTF_8)));
            }
            return opened;
        });
        return exports.assemble(ctx, parts);
    }

    /** At erasure: every copy goes (its parts were under the key being destroyed). */
    public void forget(DSLContext tx, UUID individualId) {
        repository.forget(tx, individualId);
    }

    byte[] seal(DSLContext tx, ExportJob job, ExportService.RecordsPart part) {
        return Aead.encrypt(keys.open(tx, job.individualId()), encode(part).getBytes(StandardCharsets.UTF_8), context(job.id(), job.parts()));
    }

    private static byte[] context(UUID jobId, int seq) {
        return ("hearth:export:" + jobId + ":" + seq).getBytes(StandardCharsets.UTF_8);
    }

    static String encode(ExportService.RecordsPart part) {
        JsonObject attachments = new JsonObject();
        part.attachments().forEach((path, bytes) -> attachments.put(path, Base64.getEncoder().encodeToString(bytes)));
        return new JsonObject().put("records", part.records()).put("attachments", attachments).put("versions", part.versions())
                .put("last", part.last() == null ? null : part.last().toString()).put("complete", part.complete()).encode();
    }

    static ExportService.RecordsPart decode(String text) {
        JsonObject json = new JsonObject(text);
        Map<String, byte[]> attachments = new LinkedHashMap<>();
        json.getJsonObject("attachments").forEach(e -> attachments.put(e.getKey(), Base64.getDecoder().decode((String) e.getValue())));
        String last = json.getString("last");
        return new ExportService.RecordsPart(json.getJsonArray("records", new JsonArray()), attachments, json.getInteger("versions"),
                last == null ? null : UUID.fromString(last), json.getBoolean("complete", false));
    }
}
