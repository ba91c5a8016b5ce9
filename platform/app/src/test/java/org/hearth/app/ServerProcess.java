package org.hearth.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The runnable jar started as its own process on a data directory, as an operator would run it, for tests that kill it. */
final class ServerProcess {

    private ServerProcess() {
    }

    /** Starts {@code hearth.jar serve} on {@code dir/data} and 127.0.0.1:{@code port}, with only the given HEARTH_ variables besides. */
    static Process start(Path dir, int port, Map<String, String> extra) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
                Path.of("target/hearth.jar").toAbsolutePath().toString(), "serve"))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("hearth-" + System.nanoTime() + ".log").toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("HEARTH_"));
        builder.environment().put("HEARTH_DATA", dir.resolve("data").toString());
        builder.environment().put("HEARTH_HTTP_HOST", "127.0.0.1");
        builder.environment().put("HEARTH_HTTP_PORT", String.valueOf(port));
        builder.environment().putAll(extra);
        return builder.start();
    }

    /**
     * The embedded PostgreSQL of the server on {@code dir/data}: its postmaster (from the cluster's
     * {@code postmaster.pid}) and the postmaster's children. pg_ctl starts the postmaster detached,
     * so it is not among the JVM's descendants: killing the JVM leaves it running.
     */
    static List<ProcessHandle> embeddedPostgres(Path dir) throws IOException {
        Path pidFile = dir.resolve("data").resolve("postgres").resolve("postmaster.pid");
        if (!java.nio.file.Files.exists(pidFile)) {
            return List.of();
        }
        long pid = Long.parseLong(java.nio.file.Files.readAllLines(pidFile).getFirst().trim());
        return ProcessHandle.of(pid).map(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p), p.descendants()).toList())
                .orElse(List.of());
    }

    /** Polls readiness with a deadline: a start takes seconds, more on a loaded machine. */
    static void awaitReady(Http http) throws InterruptedException {
        boolean ready = Eventually.within(Duration.ofSeconds(90), () -> {
            try {
                return http.get("/health/ready").statusCode() == 200;
            } catch (IllegalStateException notYetListening) {
                return false;  // connection refused while starting
            }
        });
        if (ready) {
            return;
        }
        throw new AssertionError("the server did not become ready");
    }
}
