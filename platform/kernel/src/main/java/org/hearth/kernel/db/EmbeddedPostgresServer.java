package org.hearth.kernel.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from binaries on the class path, with its cluster kept in a
 * directory of ours so the data survives restarts. Used when no external server is configured.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    public static final String USER = "postgres";
    public static final String DATABASE = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts (or, on first use, initialises) the cluster in {@code clusterDir}. The caller must
     * hold the {@link DataDirectoryLock}: that is what makes the orphan check below safe.
     */
    public static EmbeddedPostgresServer start(Path clusterDir) {
        try {
            Files.createDirectories(clusterDir.getParent());
            stopOrphanedPostmaster(clusterDir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(clusterDir)
                    .setCleanDataDirectory(false)
                    // Our own shutdown stops the HTTP server first and the database last; the
                    // library's hook would stop PostgreSQL under requests still being served.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    // zonky turns synchronous_commit off by default (it is built for tests); a commit
                    // we acknowledge must be on disk, so put PostgreSQL's durability back.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
            return new EmbeddedPostgresServer(pg);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the embedded PostgreSQL in " + clusterDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * A process killed with SIGKILL leaves its PostgreSQL child running with the cluster open.
     * We hold the data-directory lock, so no live Hearth owns that postmaster: stop it, and let
     * PostgreSQL's own crash recovery replay the WAL on the next start.
     */
    static void stopOrphanedPostmaster(Path clusterDir) throws IOException {
        Path pidFile = clusterDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> orphan = lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0)).flatMap(ProcessHandle::of);
        if (orphan.isPresent() && orphan.get().isAlive()
                && orphan.get().info().command().map(c -> c.endsWith("postgres")).orElse(false)) {
            LOG.warn("Stopping a PostgreSQL left running by an earlier Hearth process (pid {})", orphan.get().pid());
            orphan.get().destroy();
            try {
                orphan.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("An earlier PostgreSQL (pid " + orphan.get().pid() + ") did not stop; stop it by hand", e);
            }
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
