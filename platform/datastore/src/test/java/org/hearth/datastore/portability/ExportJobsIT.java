package org.hearth.datastore.portability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.schema.generated.datastore.Tables.EXPORT_JOBS;
import static org.hearth.schema.generated.datastore.Tables.EXPORT_PARTS;

import io.vertx.core.json.JsonArray;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.hearth.datastore.DatastoreWorld;
import org.hearth.datastore.Record;
import org.hearth.datastore.notices.NoticeService;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.error.HearthException;
import org.junit.jupiter.api.Test;

/** The background export on a real PostgreSQL: a batch per transaction, going on after a restart, the archive whole and once. */
class ExportJobsIT {

    private static final int RECORDS = 450;

    @Test
    void aCopyIsPreparedBatchByBatchGoesOnAfterARestartAndHoldsEveryRecordOnce() throws IOException {
        try (DatastoreWorld world = new DatastoreWorld()) {
            ExportService exports = new ExportService(world.db, world.records, world.accessLog, world.agreements, Clock.systemUTC(), "https://hearth.example");
            ExportJobs jobs = new ExportJobs(world.db, world.keys, exports, Clock.systemUTC());
            NoticeService notices = new NoticeService(world.db, Clock.systemUTC(), world.mail.service());
            Actor owner = world.individual();
            for (int i = 0; i < RECORDS; i++) {
                world.records.create(DatastoreWorld.as(owner, "createRecord"), new Record.Content("hearth:note/v1", "dpv-pd:Preference",
                        "Note " + i, "{\"text\":\"secret note number " + i + "\"}"));
            }

            ExportJob started = jobs.request(DatastoreWorld.as(owner, "page.export.request"));
            assertThat(started.total()).isEqualTo(RECORDS);
            assertThat(jobs.request(DatastoreWorld.as(owner, "page.export.request")).id()).as("asking twice starts nothing").isEqualTo(started.id());

            new ExportWorker(world.db, jobs, exports, notices, world.mail.service(), Clock.systemUTC(), Duration.ofHours(1)).step();
            ExportJob halfway = jobs.latest(owner).orElseThrow();
            assertThat(halfway.ready()).isFalse();
            assertThat(halfway.done()).isEqualTo(ExportService.BATCH);
            assertThat(halfway.percent()).isEqualTo(100 * ExportService.BATCH / RECORDS);
            assertThatThrownBy(() -> jobs.archive(DatastoreWorld.as(owner, "page.export.download"), started.id()))
                    .as("not ready, nothing to download").isInstanceOf(HearthException.class);

            // The node restarts: a new worker goes on after the last committed batch.
            ExportWorker afterRestart = new ExportWorker(world.db, jobs, exports, notices, world.mail.service(), Clock.systemUTC(), Duration.ofHours(1));
            while (!jobs.latest(owner).orElseThrow().ready()) {
                assertThat(afterRestart.step()).isPositive();
            }
            ExportJob ready = jobs.latest(owner).orElseThrow();
            assertThat(ready.done()).isEqualTo(RECORDS);
            assertThat(ready.parts()).isEqualTo(3);
            assertThat(notices.mine(owner)).singleElement().satisfies(n -> assertThat(n.text("en")).contains("ready"));

            byte[] archive = jobs.archive(DatastoreWorld.as(owner, "page.export.download"), ready.id());
            JsonArray records = null;
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (e.getName().equals(ArchiveFormat.RECORDS)) {
                        records = new JsonArray(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
            assertThat(records).hasSize(RECORDS);
            Set<String> ids = new HashSet<>();
            records.forEach(r -> ids.add(((io.vertx.core.json.JsonObject) r).getString("id")));
            assertThat(ids).as("every record once").hasSize(RECORDS);

            // Nothing of the copy is in clear at rest.
            String stored = world.db.system(org.hearth.kernel.actor.CallContext.system("test.exports"),
                    dsl -> dsl.selectFrom(EXPORT_PARTS).fetch().toString() + dsl.selectFrom(EXPORT_JOBS).fetch());
            assertThat(stored).doesNotContain("secret note number").doesNotContain("Note 1");

            Actor other = world.individual();
            assertThatThrownBy(() -> jobs.archive(DatastoreWorld.as(other, "page.export.download"), ready.id()))
                    .as("another person's copy is not found").isInstanceOf(HearthException.class);
        }
    }
}
