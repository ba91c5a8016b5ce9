package org.hearth.kernel.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.schema.generated.platform.Tables.OUTBOX_EVENTS;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.Map;
import org.hearth.kernel.config.ConfigLoader;
import org.hearth.kernel.config.HearthConfig;
import org.hearth.kernel.outbox.Outbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL keeps its data in the data directory, and only one process may use it. */
class EmbeddedDatabaseIT {

    @org.hearth.kernel.outbox.EventType(value = "thing.made", aggregate = "thing")
    record ThingMade(String aggregateId, int n) implements org.hearth.kernel.outbox.OutboxEvent {
    }

    @Test
    void dataSurvivesAStopAndAStartOnTheSameDirectory(@TempDir Path dir) {
        HearthConfig config = ConfigLoader.load(Map.of("HEARTH_DATA", dir.toString(), "HEARTH_DB_POOL_SIZE", "2"));
        try (Database first = Database.open(config, new SimpleMeterRegistry(), true)) {
            first.db().write(org.hearth.kernel.actor.CallContext.system("test.append"), dsl -> Outbox.append(dsl, new ThingMade("1", 1)));
        }
        try (Database second = Database.open(config, new SimpleMeterRegistry(), true)) {
            int rows = second.db().read("test.count", dsl -> dsl.fetchCount(OUTBOX_EVENTS));
            assertThat(rows).isEqualTo(1);
            assertThat(second.description()).contains(dir.resolve("postgres").toString());
        }
    }

    @Test
    void theEmbeddedServerCommitsDurably(@TempDir Path dir) {
        HearthConfig config = ConfigLoader.load(Map.of("HEARTH_DATA", dir.toString(), "HEARTH_DB_POOL_SIZE", "2"));
        try (Database database = Database.open(config, new SimpleMeterRegistry(), true)) {
            var settings = database.db().read("test.settings", dsl -> dsl.select(
                    org.jooq.impl.DSL.function("current_setting", String.class, org.jooq.impl.DSL.val("synchronous_commit")),
                    org.jooq.impl.DSL.function("current_setting", String.class, org.jooq.impl.DSL.val("fsync"))).fetchOne());
            assertThat(settings.value1()).isEqualTo("on");
            assertThat(settings.value2()).isEqualTo("on");
        }
    }

    @Test
    void theEmbeddedServerTakesItsSharedBuffersFromTheConfiguration(@TempDir Path dir) {
        HearthConfig small = ConfigLoader.load(Map.of("HEARTH_DATA", dir.toString(), "HEARTH_DB_POOL_SIZE", "2"));
        try (Database database = Database.open(small, new SimpleMeterRegistry(), true)) {
            assertThat(setting(database, "shared_buffers")).as("the default, for a small machine").isEqualTo("32MB");
            assertThat(setting(database, "wal_buffers")).isEqualTo("4MB");
        }
        HearthConfig larger = ConfigLoader.load(Map.of("HEARTH_DATA", dir.toString(), "HEARTH_DB_POOL_SIZE", "2", "HEARTH_DB_SHARED_BUFFERS_MB", "64"));
        try (Database database = Database.open(larger, new SimpleMeterRegistry(), true)) {
            assertThat(setting(database, "shared_buffers")).as("applied at the next start of the same cluster").isEqualTo("64MB");
        }
    }

    private static String setting(Database database, String name) {
        return database.db().read("test.setting", dsl -> dsl.select(
                org.jooq.impl.DSL.function("current_setting", String.class, org.jooq.impl.DSL.val(name))).fetchOne().value1());
    }

    @Test
    void aSecondInstanceOnTheSameDirectoryIsRefusedWithAClearMessage(@TempDir Path dir) {
        HearthConfig config = ConfigLoader.load(Map.of("HEARTH_DATA", dir.toString(), "HEARTH_DB_POOL_SIZE", "2"));
        try (Database first = Database.open(config, new SimpleMeterRegistry(), true)) {
            assertThatThrownBy(() -> Database.open(config, new SimpleMeterRegistry(), true))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("already using the data directory " + dir)
                    .hasMessageContaining("HEARTH_DATA");
            // the first instance is unharmed
            int rows = first.db().read("test.count", dsl -> dsl.fetchCount(OUTBOX_EVENTS));
            assertThat(rows).isZero();
        }
    }
}
