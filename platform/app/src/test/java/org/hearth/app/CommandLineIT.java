package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar, as an operator starts it: real process, real exit codes. */
class CommandLineIT {

    private static final Path JAR = Path.of("target/hearth.jar");

    @Test
    @DisplayName("An invalid charter stops the server before it listens, naming the bad field")
    void invalidCharterStopsTheServer(@TempDir Path dir) throws Exception {
        String charter = Files.readString(Path.of("../../CHARTER.md")).replace("legal_profile: uk-cic", "legal_profile: uk-cicc");
        Path bad = Files.writeString(dir.resolve("CHARTER.md"), charter);
        Result result = run(dir, Map.of("HEARTH_CHARTER", bad.toString(), "HEARTH_HTTP_PORT", String.valueOf(TestPlatform.freePort())), "serve");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("hearth: ").contains("legal_profile").contains("uk-cicc");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    @DisplayName("migrate applies the schema to the embedded database and says where")
    void migrate(@TempDir Path dir) throws Exception {
        Result result = run(dir, Map.of(), "migrate");
        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).contains("Migrations applied to the embedded PostgreSQL with data in " + dir.resolve("data/postgres"));
        assertThat(Files.isDirectory(dir.resolve("data/postgres"))).isTrue();
    }

    @Test
    @DisplayName("An unknown command prints the usage and exits 2")
    void unknownCommand(@TempDir Path dir) throws Exception {
        Result result = run(dir, Map.of(), "frobnicate");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("unknown command 'frobnicate'").contains("add-tenant NAME KIND");
    }

    @Test
    @DisplayName("serve listens on 127.0.0.1 unless a host is configured, and its first line says the address it is bound to")
    void serveSaysWhereItReallyListens(@TempDir Path dir) throws Exception {
        int port = TestPlatform.freePort();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar", JAR.toAbsolutePath().toString(), "serve"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("HEARTH_"));
        builder.environment().put("HEARTH_DATA", dir.resolve("data").toString());
        builder.environment().put("HEARTH_HTTP_PORT", String.valueOf(port));
        builder.environment().put("HEARTH_CHARTER", Path.of("../../CHARTER.md").toAbsolutePath().toString());
        Process process = builder.start();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = lines.readLine()) != null && !line.startsWith("Hearth is listening")) {
                seen.append(line).append('\n');
            }
            assertThat(line).as("the startup line, after: %s", seen).isNotNull()
                    .startsWith("Hearth is listening on http://127.0.0.1:" + port + " ")
                    .contains("public URL http://localhost:" + port);
            java.net.NetworkInterface.networkInterfaces().flatMap(java.net.NetworkInterface::inetAddresses)
                    .filter(a -> !a.isLoopbackAddress() && a instanceof java.net.Inet4Address).findFirst().ifPresent(external -> {
                        try (java.net.Socket socket = new java.net.Socket()) {
                            socket.connect(new java.net.InetSocketAddress(external, port), 2000);
                            throw new AssertionError("reachable on " + external.getHostAddress());
                        } catch (IOException refused) {
                            // only loopback listens
                        }
                    });
        } finally {
            process.destroy();
            process.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    @DisplayName("add-staff and add-tenant do their job and exit 0 without ever listening on a TCP port (the HTTP server is never started)")
    void adminCommandsDoNotServe(@TempDir Path dir) throws Exception {
        int port = TestPlatform.freePort();
        Map<String, String> env = Map.of("HEARTH_HTTP_PORT", String.valueOf(port), "HEARTH_STAFF_PASSWORD", "an admin command's pass",
                "HEARTH_CHARTER", Path.of("../../CHARTER.md").toAbsolutePath().toString());
        List<Integer> listened = new java.util.concurrent.CopyOnWriteArrayList<>();
        Result staff = run(dir, env, listened, "add-staff", "ops@hearth.example", "operator");
        Result tenant = run(dir, env, listened, "add-tenant", "Admin Command Ltd", "company");
        assertThat(staff.exitCode()).as(staff.output()).isZero();
        assertThat(staff.output()).contains("Staff member ops@hearth.example has roles [operator].");
        assertThat(tenant.exitCode()).as(tenant.output()).isZero();
        assertThat(tenant.output()).contains("client_secret=");
        assertThat(listened).as("TCP ports the admin command's own process listened on").isEmpty();
        assertThat(staff.output() + tenant.output()).doesNotContain("Hearth started");
    }

    /** Runs a command while watching the TCP ports its process (not the embedded PostgreSQL, a child) listens on. */
    private static Result run(Path workDir, Map<String, String> env, List<Integer> listened, String... args) throws Exception {
        java.util.concurrent.atomic.AtomicReference<Long> pid = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        // Samples the command's listening sockets for as long as it runs (asked until it has ended).
        Thread probe = Thread.ofVirtual().start(() -> Eventually.within(java.time.Duration.ofMinutes(10), () -> {
            if (pid.get() != null) {
                listened.addAll(ListeningSockets.of(pid.get()));
            }
            return !running.get();
        }));
        try {
            return run(workDir, env, pid::set, args);
        } finally {
            running.set(false);
            probe.join();
        }
    }

    record Result(int exitCode, String output) {
    }

    private static Result run(Path workDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        return run(workDir, env, pid -> { }, args);
    }

    private static Result run(Path workDir, Map<String, String> env, java.util.function.Consumer<Long> started, String... args)
            throws IOException, InterruptedException {
        assertThat(JAR).as("the runnable jar, built by the package phase").exists();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("HEARTH_"));
        builder.environment().put("HEARTH_DATA", workDir.resolve("data").toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        started.accept(process.pid());
        boolean done = process.waitFor(120, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            process.destroyForcibly();
            throw new AssertionError("hearth did not finish: " + output);
        }
        return new Result(process.exitValue(), output);
    }
}
