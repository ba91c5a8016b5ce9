package org.hearth.kernel.db;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes a stopped cluster refuse anyone without the superuser's password, before the server
 * listens: sets that password in single-user mode (no connection is possible meanwhile) and
 * rewrites {@code pg_hba.conf} with scram-sha-256 as its only method. Run at every start, so a
 * cluster made by an earlier version (initdb's "trust" everywhere) is upgraded, and the password
 * in {@code secrets/} always wins.
 */
final class ClusterLockdown {

    static final String HBA = """
            # Written by Hearth at every start: every connection needs a password, none is trusted.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private ClusterLockdown() {
    }

    /**
     * @param postgresBinary the {@code postgres} executable that will serve the cluster
     * @param password       the superuser's password (URL-safe base64, so it needs no quoting)
     */
    static void apply(Path clusterDir, Path postgresBinary, String user, String password) {
        if (!password.matches("[A-Za-z0-9_-]{16,}")) {
            throw new IllegalStateException("The database password in secrets/ must be 16+ URL-safe base64 characters");
        }
        setPassword(clusterDir, postgresBinary, user, password);
        try {
            Path hba = clusterDir.resolve("pg_hba.conf");
            Path temp = Files.createTempFile(clusterDir, "pg_hba", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, HBA, StandardCharsets.UTF_8);
            Files.move(temp, hba, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot rewrite pg_hba.conf in " + clusterDir + ": " + e.getMessage(), e);
        }
    }

    /** Single-user mode reads statements on standard input: the password never shows in a process list. */
    private static void setPassword(Path clusterDir, Path postgresBinary, String user, String password) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            // as zonky does for initdb and pg_ctl: PostgreSQL refuses to run as root
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(postgresBinary.toString(), "--single", "-D", clusterDir.toString(),
                "-c", "password_encryption=scram-sha-256", "-c", "log_min_messages=warning", "postgres"));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(("ALTER ROLE \"" + user + "\" WITH PASSWORD '" + password + "';\n").getBytes(StandardCharsets.UTF_8));
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0 || output.contains("ERROR")) {
                process.destroyForcibly();
                throw new IllegalStateException("Cannot set the database password in " + clusterDir + ": " + output.strip());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + postgresBinary + " in single-user mode: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while setting the database password", e);
        }
    }
}
