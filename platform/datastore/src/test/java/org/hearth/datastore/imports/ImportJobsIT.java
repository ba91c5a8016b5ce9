package org.hearth.datastore.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.schema.generated.datastore.Tables.IMPORT_JOBS;
import static org.hearth.schema.generated.datastore.Tables.IMPORT_PARTS;
import static org.hearth.schema.generated.datastore.Tables.MAIL_QUEUE;
import static org.hearth.schema.generated.datastore.Tables.RECORDS;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hearth.datastore.DatastoreWorld;
import org.hearth.datastore.Record;
import org.hearth.datastore.notices.NoticeService;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.junit.jupiter.api.Test;

/**
 * Large imports as background jobs on a real PostgreSQL (issue 14): kept sealed until confirmed,
 * added one part per transaction, going on after a restart, every record once, a notice when done.
 */
class ImportJobsIT {

    private static final int DAYS = 450;

    /** A Linky export of {@code days} daily readings from 1 January 2025. */
    static byte[] linky(int days) {
        StringBuilder csv = new StringBuilder("Identifiant PRM;Type de donnees;Date de debut;Date de fin;Grandeur physique;Grandeur metier;Etape metier;Unite\n"
                + "09876543210123;Energie active;2025-01-01;2026-03-26;Energie active;Consommation;Comptage Brut;Wh\nHorodate;Valeur\n");
        for (int d = 0; d < days; d++) {
            csv.append(LocalDate.of(2025, 1, 1).plusDays(d)).append("T00:00:00+01:00;").append(7000 + d).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int records(DatastoreWorld world, Actor owner) {
        return world.db.system(CallContext.system("test.imports"), dsl -> dsl.fetchCount(RECORDS, RECORDS.INDIVIDUAL_ID.eq(owner.individualId())));
    }

    @Test
    void aLargeFileIsAddedPartByPartGoesOnAfterARestartAndAddsEveryRecordOnce() {
        try (DatastoreWorld world = new DatastoreWorld()) {
            Imports imports = new Imports(world.records);
            ImportJobs jobs = new ImportJobs(world.db, world.keys, world.records, Clock.systemUTC());
            NoticeService notices = new NoticeService(world.db, Clock.systemUTC(), world.mail.service());
            Actor owner = world.individual();
            // As if the person had opened the link mailed at sign-up: the notice's mail then goes to them.
            world.db.system(CallContext.system("test.confirm"), tx -> tx.update(org.hearth.schema.generated.datastore.Tables.INDIVIDUALS)
                    .set(org.hearth.schema.generated.datastore.Tables.INDIVIDUALS.EMAIL_CONFIRMED_AT, java.time.OffsetDateTime.now())
                    .where(org.hearth.schema.generated.datastore.Tables.INDIVIDUALS.ID.eq(owner.individualId())).execute());

            Imports.Preview preview = imports.preview("Enedis_Conso_Jour.csv", linky(DAYS));
            assertThat(preview.records()).hasSize(DAYS);
            ImportJob proposed = jobs.propose(DatastoreWorld.as(owner, "page.records.import.preview"), preview);
            assertThat(proposed.state()).isEqualTo(ImportJob.State.PROPOSED);
            assertThat(proposed.parts()).isEqualTo(3);
            assertThat(records(world, owner)).as("nothing added before the person confirms").isZero();
            assertThat(jobs.recent(owner)).as("a preview is not an import yet").isEmpty();

            // Nothing of what the file holds is in clear at rest: each part, read as text, is ciphertext.
            List<byte[]> sealed = world.db.system(CallContext.system("test.imports"), dsl -> dsl.select(IMPORT_PARTS.PART_CT).from(IMPORT_PARTS).fetch(IMPORT_PARTS.PART_CT));
            assertThat(sealed).hasSize(3).allSatisfy(part -> assertThat(new String(part, StandardCharsets.ISO_8859_1))
                    .doesNotContain("Linky").doesNotContain("2025-01").doesNotContain("meter"));

            Actor other = world.individual();
            assertThat(jobs.mine(other, proposed.id())).as("another person's import is not theirs to see").isEmpty();
            assertThatThrownBy(() -> jobs.start(DatastoreWorld.as(other, "page.records.import"), proposed.id()))
                    .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));

            ImportJob started = jobs.start(DatastoreWorld.as(owner, "page.records.import"), proposed.id());
            assertThat(started.state()).isEqualTo(ImportJob.State.IMPORTING);
            assertThat(jobs.start(DatastoreWorld.as(owner, "page.records.import"), proposed.id()).state())
                    .as("confirming twice starts it once").isEqualTo(ImportJob.State.IMPORTING);

            new ImportWorker(world.db, jobs, notices, world.mail.service(), Clock.systemUTC(), Duration.ofHours(1)).step();
            ImportJob halfway = jobs.mine(owner, proposed.id()).orElseThrow();
            assertThat(halfway.done()).isEqualTo(ImportJobs.PART);
            assertThat(halfway.percent()).isEqualTo(100 * ImportJobs.PART / DAYS);
            assertThat(records(world, owner)).isEqualTo(ImportJobs.PART);

            // The node restarts: a new worker goes on after the last part added.
            ImportWorker afterRestart = new ImportWorker(world.db, jobs, notices, world.mail.service(), Clock.systemUTC(), Duration.ofHours(1));
            while (jobs.mine(owner, proposed.id()).orElseThrow().state() == ImportJob.State.IMPORTING) {
                assertThat(afterRestart.step()).isPositive();
            }
            ImportJob done = jobs.mine(owner, proposed.id()).orElseThrow();
            assertThat(done.state()).isEqualTo(ImportJob.State.DONE);
            assertThat(done.done()).isEqualTo(DAYS);
            assertThat(done.percent()).isEqualTo(100);
            assertThat(afterRestart.step()).as("nothing left to do").isZero();
            assertThat(records(world, owner)).as("every record once").isEqualTo(DAYS);
            Set<String> titles = new HashSet<>();
            java.util.UUID after = null;
            for (List<Record> page = world.records.list(owner, null, null, null, 100); !page.isEmpty();
                 page = world.records.list(owner, null, null, after, 100)) {
                for (Record r : page) {
                    titles.add(r.title());
                    assertThat(r.provenance()).isEqualTo("import:linky");
                }
                after = page.getLast().id();
            }
            assertThat(titles).hasSize(DAYS).contains("Linky 2025-01-01", "Linky 2026-03-26");
            assertThat(jobs.recent(owner)).singleElement().satisfies(j -> assertThat(j.state()).isEqualTo(ImportJob.State.DONE));
            assertThat(notices.mine(owner)).singleElement().satisfies(n -> {
                assertThat(n.text("en")).isEqualTo("Your file is in your store: 450 records were added.").doesNotContain("Linky");
                assertThat(n.text("fr")).contains("450");
            });
            int mails = world.db.system(CallContext.system("test.imports"), dsl -> dsl.fetchCount(MAIL_QUEUE,
                    MAIL_QUEUE.INDIVIDUAL_ID.eq(owner.individualId()).and(MAIL_QUEUE.KIND.eq("import_done"))));
            assertThat(mails).as("a mail is queued").isEqualTo(1);
            int parts = world.db.system(CallContext.system("test.imports"), dsl -> dsl.fetchCount(IMPORT_PARTS));
            assertThat(parts).as("no part is kept once added").isZero();

            // At erasure, the job goes with the key.
            world.db.system(CallContext.system("test.erase"), tx -> {
                jobs.forget(tx, owner.individualId());
                return null;
            });
            assertThat(jobs.mine(owner, proposed.id())).isEmpty();
        }
    }

    @Test
    void aJobThatKeepsFailingIsGivenUpWithItsPartsKeptAndGoesOnWhenTriedAgain() {
        try (DatastoreWorld world = new DatastoreWorld()) {
            Imports imports = new Imports(world.records);
            ImportJobs jobs = new ImportJobs(world.db, world.keys, world.records, Clock.systemUTC());
            NoticeService notices = new NoticeService(world.db, Clock.systemUTC(), world.mail.service());
            ImportWorker worker = new ImportWorker(world.db, jobs, notices, world.mail.service(), Clock.systemUTC(), Duration.ofHours(1));
            Actor owner = world.individual();
            ImportJob job = jobs.start(DatastoreWorld.as(owner, "page.records.import"),
                    jobs.propose(DatastoreWorld.as(owner, "page.records.import.preview"), imports.preview("c.csv", linky(DAYS))).id());
            worker.step();
            // The second part cannot be opened (as if damaged), and this is its last attempt.
            CallContext system = CallContext.system("test.imports");
            byte[] second = world.db.system(system, dsl -> dsl.select(IMPORT_PARTS.PART_CT).from(IMPORT_PARTS)
                    .where(IMPORT_PARTS.JOB_ID.eq(job.id()).and(IMPORT_PARTS.SEQ.eq(1))).fetchOne(IMPORT_PARTS.PART_CT));
            world.db.system(system, dsl -> dsl.update(IMPORT_PARTS).set(IMPORT_PARTS.PART_CT, new byte[] {1, 2, 3})
                    .where(IMPORT_PARTS.JOB_ID.eq(job.id()).and(IMPORT_PARTS.SEQ.eq(1))).execute()
                    + dsl.update(IMPORT_JOBS).set(IMPORT_JOBS.ATTEMPTS, 4).where(IMPORT_JOBS.ID.eq(job.id())).execute());
            assertThat(worker.step()).isPositive();
            ImportJob failed = jobs.mine(owner, job.id()).orElseThrow();
            assertThat(failed.state()).isEqualTo(ImportJob.State.FAILED);
            assertThat(failed.done()).as("the first part's records stay").isEqualTo(ImportJobs.PART);
            assertThat(records(world, owner)).isEqualTo(ImportJobs.PART);
            int kept = world.db.system(system, dsl -> dsl.fetchCount(IMPORT_PARTS, IMPORT_PARTS.JOB_ID.eq(job.id())));
            assertThat(kept).as("the parts not added are kept to try again").isEqualTo(2);
            assertThat(worker.step()).as("a given-up job holds up nothing").isZero();

            world.db.system(system, dsl -> dsl.update(IMPORT_PARTS).set(IMPORT_PARTS.PART_CT, second)
                    .where(IMPORT_PARTS.JOB_ID.eq(job.id()).and(IMPORT_PARTS.SEQ.eq(1))).execute());
            assertThat(jobs.retry(DatastoreWorld.as(owner, "page.records.import.retry"), job.id()).state()).isEqualTo(ImportJob.State.IMPORTING);
            while (jobs.mine(owner, job.id()).orElseThrow().state() == ImportJob.State.IMPORTING) {
                assertThat(worker.step()).isPositive();
            }
            assertThat(jobs.mine(owner, job.id()).orElseThrow().state()).isEqualTo(ImportJob.State.DONE);
            assertThat(records(world, owner)).as("from where it stopped, every record once").isEqualTo(DAYS);
            assertThat(jobs.discard(DatastoreWorld.as(owner, "page.records.import.discard"), job.id())).as("a finished import is not a preview to discard").isFalse();
        }
    }

    @Test
    void aPreviewNobodyConfirmsGoesAfterItsHour() {
        try (DatastoreWorld world = new DatastoreWorld()) {
            ImportJobs jobs = new ImportJobs(world.db, world.keys, world.records, Clock.systemUTC());
            Actor owner = world.individual();
            ImportJob proposed = jobs.propose(DatastoreWorld.as(owner, "page.records.import.preview"), new Imports(world.records).preview("c.csv", linky(3)));
            // An hour and a minute later (its expiry moved back, as the database's clock decides what is due).
            world.db.system(CallContext.system("test.imports"), dsl -> dsl.update(IMPORT_JOBS)
                    .set(IMPORT_JOBS.EXPIRES_AT, java.time.OffsetDateTime.now().minusMinutes(1)).where(IMPORT_JOBS.ID.eq(proposed.id())).execute());
            ImportWorker worker = new ImportWorker(world.db, jobs, new NoticeService(world.db, Clock.systemUTC(), world.mail.service()), world.mail.service(),
                    Clock.systemUTC(), Duration.ofHours(1));
            assertThat(worker.step()).isEqualTo(1);
            assertThat(jobs.mine(owner, proposed.id())).isEmpty();
            int parts = world.db.system(CallContext.system("test.imports"), dsl -> dsl.fetchCount(IMPORT_PARTS));
            assertThat(parts).isZero();
            assertThatThrownBy(() -> jobs.start(DatastoreWorld.as(owner, "page.records.import"), proposed.id())).isInstanceOf(HearthException.class);
        }
    }

    @Test
    void aSmallFileIsAddedAtOnceAndAPreviewCanBeDiscardedOrReplaced() {
        try (DatastoreWorld world = new DatastoreWorld()) {
            Imports imports = new Imports(world.records);
            ImportJobs jobs = new ImportJobs(world.db, world.keys, world.records, Clock.systemUTC());
            Actor owner = world.individual();

            ImportJob first = jobs.propose(DatastoreWorld.as(owner, "page.records.import.preview"), imports.preview("a.csv", linky(3)));
            ImportJob second = jobs.propose(DatastoreWorld.as(owner, "page.records.import.preview"), imports.preview("b.csv", linky(5)));
            assertThat(jobs.mine(owner, first.id())).as("a new preview replaces the one not confirmed").isEmpty();
            assertThatThrownBy(() -> jobs.start(DatastoreWorld.as(owner, "page.records.import"), first.id())).isInstanceOf(HearthException.class);

            jobs.discard(DatastoreWorld.as(owner, "page.records.import.discard"), second.id());
            assertThat(jobs.mine(owner, second.id())).as("discarded").isEmpty();
            assertThat(records(world, owner)).isZero();

            ImportJob small = jobs.propose(DatastoreWorld.as(owner, "page.records.import.preview"), imports.preview("c.csv", linky(3)));
            ImportJob added = jobs.start(DatastoreWorld.as(owner, "page.records.import"), small.id());
            assertThat(added.state()).as("one part is added in the person's own request").isEqualTo(ImportJob.State.DONE);
            assertThat(records(world, owner)).isEqualTo(3);
            assertThat(jobs.start(DatastoreWorld.as(owner, "page.records.import"), small.id()).done()).as("confirming again adds nothing").isEqualTo(3);
            assertThat(records(world, owner)).isEqualTo(3);
            assertThat(world.audit("page.records.import")).isNotEmpty();
            assertThat(List.of(added.format())).containsExactly("linky");
        }
    }
}
