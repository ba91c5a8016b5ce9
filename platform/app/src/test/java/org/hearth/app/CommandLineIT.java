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

    record Result(int exitCode, String output) {
    }

    private static Result run(Path workDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        assertThat(JAR).as("the runnable jar, built by the package phase").exists();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("HEARTH_"));
        builder.environment().put("HEARTH_DATA", workDir.resolve("data").toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        boolean done = process.waitFor(120, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            process.destroyForcibly();
            throw new AssertionError("hearth did not finish: " + output);
        }
        return new Result(process.exitValue(), output);
    }
}
