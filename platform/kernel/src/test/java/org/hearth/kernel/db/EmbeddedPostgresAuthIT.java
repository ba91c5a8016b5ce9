package org.hearth.kernel.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.hearth.kernel.config.ConfigLoader;
import org.hearth.kernel.config.HearthConfig;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another user on the same machine must not reach the embedded PostgreSQL: its superuser has a
 * generated password kept owner-only in secrets/, and nothing is trusted without it.
 */
class EmbeddedPostgresAuthIT {

    @Test
    void theSuperuserNeedsThePasswordKeptInSecrets(@TempDir Path dir) throws Exception {
        HearthConfig config = config(dir);
        try (Database database = Database.open(config, new SimpleMeterRegistry(), true)) {
            String url = jdbcUrl(dir);
            assertThatThrownBy(() -> connect(url, null)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> connect(url, "not the password")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");

            Path secret = dir.resolve("secrets").resolve("postgres.password");
            assertThat(Files.getPosixFilePermissions(secret)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            try (Connection c = connect(url, Files.readString(secret).trim()); Statement s = c.createStatement()) {
                var rs = s.executeQuery("SELECT current_user");
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("postgres");
            }
        }
    }

    @Test
    void theServerRunsBinariesFromAnOwnerOnlyFolderOfTheDataDirectory(@TempDir Path dir) throws Exception {
        try (Database database = Database.open(config(dir), new SimpleMeterRegistry(), true)) {
            long pid = Long.parseLong(Files.readAllLines(dir.resolve("postgres").resolve("postmaster.pid")).get(0).trim());
            String command = ProcessHandle.of(pid).orElseThrow().info().command().orElseThrow();
            assertThat(command).startsWith(dir.resolve("postgres-binaries").toString());
            assertThat(Files.getPosixFilePermissions(dir.resolve("postgres-binaries"))).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(Files.getPosixFilePermissions(dir.resolve("postgres-socket"))).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void noLineOfPgHbaTrustsAnyone(@TempDir Path dir) throws Exception {
        try (Database database = Database.open(config(dir), new SimpleMeterRegistry(), true)) {
            List<String> rules = rules(dir.resolve("postgres").resolve("pg_hba.conf"));
            assertThat(rules).isNotEmpty().allSatisfy(rule -> assertThat(rule).endsWith("scram-sha-256"));
        }
    }

    @Test
    void theApplicationRoleCannotRunProgramsOnTheServer(@TempDir Path dir) throws Exception {
        try (Database database = Database.open(config(dir), new SimpleMeterRegistry(), true)) {
            assertThatThrownBy(() -> database.db().read("test.copy", dsl -> dsl.execute("COPY (SELECT 1) TO PROGRAM 'true'")))
                    .hasStackTraceContaining("must be superuser or have privileges of the pg_execute_server_program role");
            String password = Files.readString(dir.resolve("secrets").resolve("postgres.password")).trim();
            try (Connection c = connect(jdbcUrl(dir), password); Statement s = c.createStatement()) {
                s.execute("SET ROLE hearth_app");
                assertThatThrownBy(() -> s.execute("COPY (SELECT 1) TO PROGRAM 'true'"))
                        .hasMessageContaining("must be superuser or have privileges of the pg_execute_server_program role");
            }
        }
    }

    @Test
    void thePoolLogsInAsTheApplicationRoleAndCannotBecomeTheSuperuser(@TempDir Path dir) throws Exception {
        try (Database database = Database.open(config(dir), new SimpleMeterRegistry(), true)) {
            String who = database.db().read("test.who", dsl -> dsl.fetchOne("SELECT session_user || ' ' || current_user").get(0, String.class));
            assertThat(who).isEqualTo("hearth_app hearth_app");
            String listens = database.db().read("test.listen", dsl -> dsl.fetchOne("SHOW listen_addresses").get(0, String.class));
            assertThat(listens).as("the cluster listens on loopback only").isEqualTo("localhost");
            // with SET ROLE over a superuser login, RESET ROLE would give the superuser back
            assertThatThrownBy(() -> database.db().read("test.reset", dsl -> {
                dsl.execute("RESET ROLE");
                return dsl.execute("COPY (SELECT 1) TO PROGRAM 'true'");
            })).hasStackTraceContaining("must be superuser or have privileges of the pg_execute_server_program role");
            Path secret = dir.resolve("secrets").resolve("postgres-app.password");
            assertThat(Files.getPosixFilePermissions(secret)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void aClusterMadeBeforeWithTrustIsLockedDownOnStart(@TempDir Path dir) throws Exception {
        // a cluster as the earlier code left it: zonky's initdb with "trust" everywhere, no password
        try (var old = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("postgres")).setCleanDataDirectory(false).start()) {
            try (Connection c = old.getPostgresDatabase().getConnection()) {
                assertThat(c.isValid(1)).isTrue();
            }
        }
        assertThat(Files.readString(dir.resolve("postgres").resolve("pg_hba.conf"))).contains("trust");
        try (Database database = Database.open(config(dir), new SimpleMeterRegistry(), true)) {
            assertThatThrownBy(() -> connect(jdbcUrl(dir), null)).isInstanceOf(SQLException.class);
            assertThat(rules(dir.resolve("postgres").resolve("pg_hba.conf"))).noneMatch(r -> r.contains("trust"));
            Integer one = database.db().read("test.one", dsl -> dsl.select(DSL.one()).fetchOne(0, Integer.class));
            assertThat(one).isEqualTo(1);
        }
    }

    private static HearthConfig config(Path dir) {
        return ConfigLoader.load(Map.of("HEARTH_DATA", dir.toString(), "HEARTH_DB_POOL_SIZE", "2"));
    }

    /** The port of the running cluster, from its postmaster.pid (fourth line). */
    private static String jdbcUrl(Path dir) throws Exception {
        List<String> pid = Files.readAllLines(dir.resolve("postgres").resolve("postmaster.pid"));
        return "jdbc:postgresql://127.0.0.1:" + pid.get(3).trim() + "/postgres";
    }

    private static Connection connect(String url, String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        if (password != null) {
            props.setProperty("password", password);
        }
        return DriverManager.getConnection(url, props);
    }

    private static List<String> rules(Path hba) throws Exception {
        return Files.readAllLines(hba).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
