package org.hearth.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The runnable jar started as its own process on a data directory, as an operator would run it, for tests that kill it. */
final class ServerProcess {

    /** The log of the server started last, for the message of a start that failed. */
    private static volatile Path lastLog;

    private ServerProcess() {
    }

    private static String tail(Path log, int lines) {
        try {
            List<String> all = java.nio.file.Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Starts {@code hearth.jar serve} on {@code dir/data} and 127.0.0.1:{@code port}, with only the given HEARTH_ variables besides. */
    static Process start(Path dir, int port, Map<String, String> extra) throws IOException {
        Path log = dir.resolve("hearth-" + System.nanoTime() + ".log");
        lastLog = log;
        ProcessBuilder builder = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
                Path.of("target/hearth.jar").toAbsolutePath().toString(), "serve"))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
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

    /**
     * Whether a process still runs: alive and not a zombie. A process killed with SIGKILL stays a
     * zombie (alive to {@link ProcessHandle#isAlive}) until its parent reaps it, and a detached
     * postmaster's parent is the machine's first process, which may take its time.
     */
    static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = java.nio.file.Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            char state = stat.substring(stat.lastIndexOf(')') + 2).charAt(0);
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException gone) {
            return process.isAlive();
        }
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
        throw new AssertionError("the server did not become ready; the end of its log:\n" + tail(lastLog, 40));
    }
}
