package org.hearth.datastore.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.schema.generated.datastore.Tables.ACCESS_LOG;

import java.util.List;
import java.util.UUID;
import org.hearth.datastore.DatastoreWorld;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.junit.jupiter.api.Test;

class AccessLogIT {

    @Test
    void theChainVerifiesAndAChangedEntryBreaksItAtThatEntry() {
        try (DatastoreWorld world = new DatastoreWorld()) {
            Actor jane = world.individual();
            for (int i = 0; i < 3; i++) {
                world.db.write(DatastoreWorld.as(jane, "test.append"), tx -> world.accessLog.append(tx, jane.id(),
                        new AccessEntry.New("individual", jane.id().toString(), "export", null, List.of(), List.of(), "export")));
            }
            AccessLog.Verification intact = world.accessLog.verify(jane);
            assertThat(intact.intact()).isTrue();
            assertThat(intact.entries()).isEqualTo(3);
            assertThat(intact.headSeq()).isEqualTo(3);

            world.db.write(DatastoreWorld.as(jane, "test.tamper"), dsl -> dsl.update(ACCESS_LOG).set(ACCESS_LOG.ACTION, "read")
                    .where(ACCESS_LOG.INDIVIDUAL_ID.eq(jane.id()).and(ACCESS_LOG.SEQ.eq(2L))).execute());

            AccessLog.Verification broken = world.accessLog.verify(jane);
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBrokenSeq()).isEqualTo(2L);
        }
    }

    @Test
    void groupCommitAppendsManyCallersInOrderWithOneAuditedWritePerBatch() throws Exception {
        try (DatastoreWorld world = new DatastoreWorld()) {
            Actor jane = world.individual();
            UUID tenant = UUID.randomUUID();
            int readers = 20;
            try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < readers; i++) {
                    pool.submit(() -> world.hotLog.append(jane.id(),
                            new AccessEntry.New("tenant", tenant.toString(), "read", null, List.of(), List.of(), "purpose")));
                }
            }
            assertThat(world.accessLog.list(jane, null, 100)).hasSize(readers).extracting(AccessEntry::seq)
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, readers).boxed().sorted(java.util.Comparator.reverseOrder()).toList());
            assertThat(world.accessLog.verify(jane).intact()).isTrue();
            int batches = world.audit("accesslog.append").size();
            assertThat(batches).isBetween(1, readers);
            assertThat(world.audit("accesslog.append")).allSatisfy(row -> {
                assertThat(row.getActorKind()).isEqualTo("system");
                assertThat(row.getScope()).isEqualTo("actor");
            });
        }
    }

    @Test
    void theGroupCommitWriterStartsOnlyWhenStarted() {
        try (DatastoreWorld world = new DatastoreWorld()) {
            GroupCommitLog unstarted = new GroupCommitLog(world.db, world.accessLog);
            assertThatThrownBy(() -> unstarted.append(UUID.randomUUID(),
                    new AccessEntry.New("tenant", "t", "read", null, List.of(), List.of(), "purpose")))
                    .isInstanceOf(IllegalStateException.class);
            unstarted.close();
        }
    }

    @Test
    void anOperatorsEmergencyAccessIsLoggedWithItsSealedReasonAndAudited() {
        try (DatastoreWorld world = new DatastoreWorld()) {
            Actor jane = world.individual();
            Actor operator = Actor.staff(UUID.randomUUID(), java.util.Set.of("operator"));
            EmergencyAccess access = new EmergencyAccess(world.db, world.accessLog, world.records, world.accounts::isActive);
            String reason = "Court order 2026/114 requires the address";

            access.open(new CallContext(operator, "emergencyAccess", org.hearth.kernel.actor.RequestId.generate()), jane.id(), reason);

            assertThat(world.accessLog.list(jane, null, 10)).singleElement().satisfies(entry -> {
                assertThat(entry.actorKind()).isEqualTo("operator");
                assertThat(entry.reason()).isEqualTo(reason);
            });
            String stored = world.db.read("test.reason", dsl -> dsl.select(ACCESS_LOG.REASON).from(ACCESS_LOG)
                    .where(ACCESS_LOG.INDIVIDUAL_ID.eq(jane.id())).fetchOne(ACCESS_LOG.REASON));
            assertThat(stored).doesNotContain("Court order");
            assertThat(world.audit("emergencyAccess")).singleElement().satisfies(row -> {
                assertThat(row.getActorKind()).isEqualTo("staff");
                assertThat(row.getActorId()).isEqualTo(operator.id());
            });
        }
    }
}
