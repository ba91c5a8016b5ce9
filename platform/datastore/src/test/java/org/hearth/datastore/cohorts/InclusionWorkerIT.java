package org.hearth.datastore.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.datastore.DatastoreWorld;
import org.hearth.datastore.PilotCohorts;
import org.hearth.datastore.accesslog.AccessEntry;
import org.hearth.datastore.accesslog.PilotInclusion;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.schema.generated.datastore.Tables;
import org.junit.jupiter.api.Test;

/**
 * A pilot answer's inclusions: committed with the answer as one participant list, then appended
 * to each participant's access log a batch at a time, resuming from the database's record of how
 * far it got, skipping those erased meanwhile, and stamped with the answer's time.
 */
class InclusionWorkerIT {

    private static final Instant ANSWERED = Instant.parse("2026-11-30T10:15:30.123456Z");

    @Test
    void entriesArriveInBatchesResumeFromTheDatabaseAndSkipTheErased() {
        try (DatastoreWorld world = new DatastoreWorld()) {
            List<Actor> people = new ArrayList<>();
            List<PilotCohorts.Participant> included = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                Actor a = world.individual();
                people.add(a);
                included.add(new PilotCohorts.Participant(a.id(), UUID.randomUUID(), "{}"));
            }
            Actor outsider = world.individual();
            CohortService cohorts = new CohortService(world.db, world.keys, world.records, Clock.fixed(ANSWERED, ZoneOffset.UTC));
            UUID tenant = UUID.randomUUID();
            UUID pilot = UUID.randomUUID();
            List<String> written = new ArrayList<>();
            int promised = cohorts.logInclusion(CallContext.system("test.answer"), included, tx -> {
                written.add("answer");
                return new PilotCohorts.Inclusion(tenant, pilot, "Active lives", "Directorate of Health", 4, List.of("dpv-pd:HealthRecord"));
            });
            assertThat(written).containsExactly("answer");
            assertThat(promised).isEqualTo(7);
            assertThat(people).allSatisfy(p -> assertThat(world.accessLog.list(p, null, 10)).as("nothing appended before the worker runs").isEmpty());

            assertThat(new InclusionWorker(world.db, world.accessLog, Duration.ofSeconds(1), 3).appendBatch()).isEqualTo(3);
            assertThat(logged(world, people)).as("a batch appended, the rest waiting").isEqualTo(3);
            assertThat(expanded(world)).containsExactly(3);

            // Whoever is erased before their batch is left out: their log went with their store.
            Actor erased = people.stream().filter(p -> world.accessLog.list(p, null, 10).isEmpty()).findFirst().orElseThrow();
            world.accounts.erase(DatastoreWorld.as(erased, "eraseMe"), DatastoreWorld.PASSWORD);

            // A new worker (a restart) carries on from the row's progress, not its own memory.
            InclusionWorker restarted = new InclusionWorker(world.db, world.accessLog, Duration.ofSeconds(1), 3);
            assertThat(restarted.appendBatch()).isEqualTo(3);
            assertThat(restarted.appendBatch()).isEqualTo(1);
            assertThat(restarted.appendBatch()).as("nothing left").isZero();
            assertThat(expanded(world)).as("the row goes when the last batch is in").isEmpty();

            for (Actor p : people) {
                if (p.equals(erased)) {
                    continue;
                }
                List<AccessEntry> log = world.accessLog.list(p, null, 10);
                assertThat(log).as("exactly one entry each, never two").singleElement().satisfies(e -> {
                    assertThat(e.occurredAt().toInstant()).as("when the answer used the data").isEqualTo(ANSWERED);
                    assertThat(e.action()).isEqualTo(PilotInclusion.ACTION);
                    assertThat(e.actorId()).isEqualTo(tenant.toString());
                    assertThat(e.recordIds()).isEmpty();
                    assertThat(e.categories()).containsExactly("dpv-pd:HealthRecord");
                    assertThat(PilotInclusion.parse(e.reason())).hasValueSatisfying(i -> assertThat(i.question()).isEqualTo(4));
                });
                assertThat(e(log).agreementId()).isEqualTo(included.get(people.indexOf(p)).agreementId());
                assertThat(world.accessLog.verify(p).intact()).isTrue();
            }
            assertThat(world.database.count(Tables.ACCESS_LOG, Tables.ACCESS_LOG.INDIVIDUAL_ID.eq(erased.id()))).isZero();
            assertThat(world.accessLog.list(outsider, null, 10)).isEmpty();
            assertThat(world.audit(InclusionWorker.JOB)).as("one audited unit of work per batch").hasSize(3);
            assertThat(restarted.appendBatch()).isZero();
            assertThat(world.audit(InclusionWorker.JOB)).as("an idle poll writes nothing").hasSize(3);
        }
    }

    private static AccessEntry e(List<AccessEntry> log) {
        return log.getFirst();
    }

    private static long logged(DatastoreWorld world, List<Actor> people) {
        return people.stream().filter(p -> !world.accessLog.list(p, null, 10).isEmpty()).count();
    }

    private static List<Integer> expanded(DatastoreWorld world) {
        return world.db.system(CallContext.system("test.pending"), dsl -> dsl.select(Tables.PENDING_INCLUSIONS.EXPANDED)
                .from(Tables.PENDING_INCLUSIONS).fetch(Tables.PENDING_INCLUSIONS.EXPANDED));
    }
}
