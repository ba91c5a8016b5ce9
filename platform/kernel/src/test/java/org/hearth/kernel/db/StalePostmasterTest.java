package org.hearth.kernel.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A lock file naming a zombie or another program is stale: PostgreSQL would refuse to start on it. */
class StalePostmasterTest {

    @Test
    void aZombieIsNotAPostmaster() throws Exception {
        // sh starts a short child, then becomes a sleep that never reaps it: the child stays a zombie.
        Process parent = new ProcessBuilder("sh", "-c", "sleep 0.1 & exec sleep 30").start();
        try {
            ProcessHandle zombie = awaitZombieChild(parent);
            assertThat(zombie.isAlive()).as("a zombie is alive to the JDK").isTrue();
            assertThat(EmbeddedPostgresServer.stale(zombie)).isTrue();
        } finally {
            parent.destroyForcibly();
            parent.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void anotherProgramIsNotAPostmaster() throws Exception {
        Process sleep = new ProcessBuilder("sleep", "30").start();
        try {
            assertThat(EmbeddedPostgresServer.stale(sleep.toHandle())).isTrue();
        } finally {
            sleep.destroyForcibly();
            sleep.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static ProcessHandle awaitZombieChild(Process parent) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<ProcessHandle> child = parent.toHandle().children().findFirst();
            if (child.isPresent() && state(child.get()) == 'Z') {
                return child.get();
            }
            // Waiting on the child itself is not possible (it is not ours); block on the parent briefly instead.
            parent.waitFor(20, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("no zombie child appeared");
    }

    private static char state(ProcessHandle p) {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", Long.toString(p.pid()), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).charAt(0);
        } catch (Exception e) {
            return '?';
        }
    }
}
