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

    /** The longest Unix socket path the kernel takes (sun_path is 108 bytes with its NUL). */
    private static final int MAX_SOCKET_PATH = 107;

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    /**
     * Starts (or, on first use, initialises) the cluster in {@code clusterDir}. The caller must
     * hold the {@link DataDirectoryLock}: that is what makes the orphan check below safe.
     * Before the server listens, the superuser gets {@code password} and {@code pg_hba.conf}
     * asks every connection for it ({@link ClusterLockdown}); it listens on loopback only, and
     * its Unix socket is in an owner-only folder beside the cluster rather than in /tmp.
     */
    public static EmbeddedPostgresServer start(Path clusterDir, String password, int sharedBuffersMb) {
        try {
            Files.createDirectories(clusterDir.getParent());
            stopOrphanedPostmaster(clusterDir);
            Path workingDir = binariesDirectory(clusterDir);
            LocatingBinaryResolver binaries = new LocatingBinaryResolver();
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(clusterDir)
                    .setCleanDataDirectory(false)
                    .setPgBinaryResolver(binaries)
                    .setOverrideWorkingDirectory(workingDir.toFile())
                    .setDataDirectoryCustomizer(dir -> ClusterLockdown.apply(dir.toPath(),
                            binaries.postgresBinary(workingDir), USER, password))
                    // zonky checks that the server is up by connecting as the superuser
                    .setConnectConfig("password", password)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("unix_socket_directories", socketDirectory(clusterDir))
                    .setServerConfig("password_encryption", "scram-sha-256")
                    // Our own shutdown stops the HTTP server first and the database last; the
                    // library's hook would stop PostgreSQL under requests still being served.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    // Its share of the machine's memory (HEARTH_DB_SHARED_BUFFERS_MB, 32 by default, see
                    // README "Performance"); the WAL buffers are fixed so a small setting does not shrink them too.
                    .setServerConfig("shared_buffers", sharedBuffersMb + "MB")
                    .setServerConfig("wal_buffers", "4MB")
                    // zonky turns synchronous_commit off by default (it is built for tests); a commit
                    // we acknowledge must be on disk, so put PostgreSQL's durability back.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
            return new EmbeddedPostgresServer(pg, password);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the embedded PostgreSQL in " + clusterDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Where zonky unpacks the PostgreSQL binaries: inside an owner-only folder beside the cluster.
     * Its default, /tmp/embedded-pg, is world-writable, so another user could plant a
     * {@code postgres} there for us to run, with the cluster and the secrets in reach.
     */
    static Path binariesDirectory(Path clusterDir) throws IOException {
        Path owned = clusterDir.resolveSibling("postgres-binaries");
        Files.createDirectories(owned);
        if (owned.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(owned, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
        return owned.resolve("embedded-pg");
    }

    /**
     * An owner-only folder beside the cluster for the server's Unix socket (PostgreSQL's default,
     * /tmp, is open to every user), or none when the path would be too long for a socket.
     */
    static String socketDirectory(Path clusterDir) throws IOException {
        Path dir = clusterDir.resolveSibling("postgres-socket");
        if (dir.toString().length() + "/.s.PGSQL.65535.lock".length() > MAX_SOCKET_PATH) {
            LOG.info("The data directory's path is too long for a Unix socket; PostgreSQL listens on loopback only");
            return "";
        }
        Files.createDirectories(dir);
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
        return dir.toString();
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
        if (orphan.isPresent() && orphan.get().isAlive() && stale(orphan.get())) {
            // A postmaster killed with SIGKILL stays a zombie until its parent (init, or a container's
            // first process) reaps it, and a pid may have been reused: PostgreSQL would take either for
            // a live postmaster and refuse to start. It is not one, so its lock file is stale. (A
            // backend it left running still holds the shared memory, which PostgreSQL checks itself.)
            LOG.warn("Removing the lock file of a PostgreSQL that is no longer running (pid {})", orphan.get().pid());
            Files.delete(pidFile);
            return;
        }
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

    /**
     * Whether a live pid in the lock file is not a PostgreSQL after all: a zombie (state Z or X in
     * {@code /proc/<pid>/stat}, where there is one), or a process running another program. A
     * process whose program cannot be read is left for PostgreSQL to judge.
     */
    static boolean stale(ProcessHandle process) {
        Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
        try {
            if (Files.exists(stat)) {
                String text = Files.readString(stat);
                // pid (comm) state ...: the command may hold spaces or parentheses, the state follows the last ')'.
                char state = text.substring(text.lastIndexOf(')') + 2).charAt(0);
                if (state == 'Z' || state == 'X') {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process ended meanwhile, or /proc reads differently: judge by its program alone.
        }
        return process.info().command().map(c -> !c.endsWith("postgres")).orElse(false);
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

    /** The superuser's password, from {@code secrets/postgres.password}. */
    public String password() {
        return password;
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
