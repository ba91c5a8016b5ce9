package org.hearth.datastore.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.hearth.datastore.DatastoreWorld;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.junit.jupiter.api.Test;

/** One entry appended to many chains at once (a pilot question's inclusions): each chain still verifies, in order, with what it held before. */
class BulkAppendIT {

    private static final AccessEntry.New INCLUDED = new AccessEntry.New("tenant", UUID.randomUUID().toString(), PilotInclusion.ACTION, null,
            List.of(), List.of("dpv-pd:HealthRecord"), new PilotInclusion(UUID.randomUUID(), "Active lives", "Directorate of Health", 3).reason());

    @Test
    void everyChainMovesByOneLinkAndStillVerifies() {
        try (DatastoreWorld world = new DatastoreWorld()) {
            Actor jane = world.individual();
            Actor john = world.individual();
            Actor joan = world.individual();
            world.db.write(DatastoreWorld.as(jane, "test.append"), tx -> world.accessLog.append(tx, jane.id(),
                    new AccessEntry.New("individual", jane.id().toString(), "export", null, List.of(), List.of(), "export")));
            UUID janes = UUID.randomUUID();
            UUID johns = UUID.randomUUID();
            int appended = world.db.system(CallContext.system("test.bulk"), tx -> world.accessLog.appendToEach(tx, INCLUDED,
                    List.of(new AccessLog.Under(john.id(), johns), new AccessLog.Under(jane.id(), janes))));
            assertThat(appended).isEqualTo(2);

            List<AccessEntry> janeLog = world.accessLog.list(jane, null, 10);
            assertThat(janeLog).extracting(AccessEntry::seq).containsExactly(2L, 1L);
            assertThat(janeLog.getFirst().agreementId()).isEqualTo(janes);
            assertThat(janeLog.getFirst().recordIds()).isEmpty();
            assertThat(janeLog.getFirst().categories()).containsExactly("dpv-pd:HealthRecord");
            assertThat(PilotInclusion.parse(janeLog.getFirst().reason())).hasValueSatisfying(p -> {
                assertThat(p.title()).isEqualTo("Active lives");
                assertThat(p.organisation()).isEqualTo("Directorate of Health");
                assertThat(p.question()).isEqualTo(3);
            });
            assertThat(world.accessLog.list(john, null, 10)).singleElement().satisfies(e -> assertThat(e.agreementId()).isEqualTo(johns));
            assertThat(world.accessLog.list(joan, null, 10)).as("not included, not logged").isEmpty();
            for (Actor a : List.of(jane, john, joan)) {
                assertThat(world.accessLog.verify(a).intact()).isTrue();
            }

            world.db.system(CallContext.system("test.bulk"), tx -> world.accessLog.appendToEach(tx, INCLUDED,
                    List.of(new AccessLog.Under(jane.id(), janes), new AccessLog.Under(john.id(), johns))));
            world.db.write(DatastoreWorld.as(jane, "test.append"), tx -> world.accessLog.append(tx, jane.id(),
                    new AccessEntry.New("individual", jane.id().toString(), "export", null, List.of(), List.of(), "export")));
            AccessLog.Verification v = world.accessLog.verify(jane);
            assertThat(v.intact()).as("bulk and single appends interleave on one chain").isTrue();
            assertThat(v.headSeq()).isEqualTo(4);
            assertThat(world.accessLog.verify(john).headSeq()).isEqualTo(2);
        }
    }

    @Test
    void anIndividualAppearsAtMostOnceInABulkAppend() {
        try (DatastoreWorld world = new DatastoreWorld()) {
            Actor jane = world.individual();
            assertThatThrownBy(() -> world.db.system(CallContext.system("test.bulk"), tx -> world.accessLog.appendToEach(tx, INCLUDED,
                    List.of(new AccessLog.Under(jane.id(), UUID.randomUUID()), new AccessLog.Under(jane.id(), UUID.randomUUID())))))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(world.accessLog.verify(jane).entries()).isZero();
        }
    }

    @Test
    void aReasonThatIsNotAnInclusionIsNotReadAsOne() {
        assertThat(PilotInclusion.parse("export")).isEmpty();
        assertThat(PilotInclusion.parse(null)).isEmpty();
        String tricky = new PilotInclusion(UUID.randomUUID(), "A «title» of ‹sorts›", "Org", 12).reason();
        assertThat(PilotInclusion.parse(tricky)).hasValueSatisfying(p -> assertThat(p.question()).isEqualTo(12));
    }
}
