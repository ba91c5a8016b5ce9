package org.hearth.kernel.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.schema.generated.platform.Tables.AUDIT_LOG;
import static org.hearth.schema.generated.platform.Tables.STAFF;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.RequestId;
import org.hearth.kernel.config.HearthConfig;
import org.hearth.kernel.testing.TestDatabase;
import org.hearth.schema.Migrations;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Audit by construction, proved in the database: the application role's writes are refused
 * unless the transaction names its actor (platform/007-writes-need-an-actor.sql). Runs on its own
 * database of the tests' PostgreSQL, migrated by the owner with every changelog plus that file,
 * and works through a pool that becomes {@code hearth_app} as the platform's does.
 */
class WritesNeedAnActorIT {

    /** Applied by the test until hearth.xml includes it; afterwards the master changelog already has. */
    private static final String GUARD = "db/changelog/platform/007-writes-need-an-actor.sql";
    private static final String DATABASE = "hearth_writes_need_an_actor";
    private static final List<String> SCHEMAS = List.of("platform", "keys", "datastore", "tenants", "governance", "reporting");

    private static PGSimpleDataSource owner;
    private static HikariDataSource pool;
    private static Db db;

    @BeforeAll
    static void migrateADatabaseOfItsOwn() throws Exception {
        HearthConfig.ExternalDatabase server = TestDatabase.get().asExternal();
        try (Connection c = TestDatabase.get().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DATABASE);
        }
        String url = server.url().replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + DATABASE);
        owner = new PGSimpleDataSource();
        owner.setUrl(url);
        owner.setUser(server.user());
        owner.setPassword(server.password());
        Migrations.apply(owner);
        if (!guardInstalled()) {
            update(owner, GUARD);
        }
        // One connection, so a raw write after an audited one runs on the very same session.
        pool = Database.pool(url, server.user(), server.password(), 1, new SimpleMeterRegistry(), Optional.of("hearth_app"));
        db = new Db(pool, new SimpleMeterRegistry());
    }

    @AfterAll
    static void closePool() {
        if (pool != null) {
            pool.close();
        }
    }

    @BeforeEach
    void emptyTheTables() throws SQLException {
        owner("TRUNCATE platform.staff, platform.audit_log");
    }

    @Test
    void aWriteInDbWriteSucceedsAndLeavesOneAuditRowSayingWhoWhatAndWhichRequest() {
        UUID operator = UUID.randomUUID();
        CallContext ctx = new CallContext(Actor.staff(operator, Set.of("operator")), "addStaff", new RequestId("req-guard-1"));

        db.write(ctx, dsl -> insertStaff(dsl, "new@example.org"));

        assertThat(count(STAFF)).isEqualTo(1);
        var audit = db.read("test.audit", dsl -> dsl.selectFrom(AUDIT_LOG).fetch());
        assertThat(audit).singleElement().satisfies(row -> {
            assertThat(row.getActorKind()).isEqualTo("staff");
            assertThat(row.getActorId()).isEqualTo(operator);
            assertThat(row.getOperation()).isEqualTo("addStaff");
            assertThat(row.getRequestId()).isEqualTo("req-guard-1");
            assertThat(row.getScope()).isEqualTo("actor");
        });
    }

    @Test
    void aJobsWriteInDbSystemSucceedsToo() {
        db.system(CallContext.system("test.job"), dsl -> insertStaff(dsl, "job@example.org"));

        assertThat(count(STAFF)).isEqualTo(1);
        String kind = db.read("test.audit", dsl -> dsl.fetchOne(AUDIT_LOG).getActorKind());
        assertThat(kind).isEqualTo("system");
    }

    @Test
    @SuppressWarnings("removal")
    void aRawInsertUpdateOrDeleteWithoutAnActorIsRefusedAndChangesNothing() {
        UUID existing = UUID.randomUUID();
        db.write(staffContext(), dsl -> dsl.insertInto(STAFF).set(STAFF.ID, existing).set(STAFF.EMAIL, "kept@example.org")
                .set(STAFF.PASSWORD_HASH, "x").set(STAFF.ROLES, new String[] {"operator"}).execute());

        // The same pooled session that just committed an audited write: the actor went with its transaction.
        assertRefused(() -> db.read("test.raw.insert", dsl -> insertStaff(dsl, "raw@example.org")), "platform.staff");
        assertRefused(() -> db.read("test.raw.update", dsl -> dsl.update(STAFF).set(STAFF.EMAIL, "changed@example.org").execute()),
                "platform.staff");
        assertRefused(() -> db.read("test.raw.delete", dsl -> dsl.deleteFrom(STAFF).execute()), "platform.staff");
        // A transaction confined to a tenant is not one with an actor.
        assertRefused(() -> db.read(org.hearth.kernel.actor.TenantGuard.forJob(org.hearth.kernel.actor.Actor.system("test"), UUID.randomUUID()),
                "test.tenant.read", dsl -> insertStaff(dsl, "tenant@example.org")), "platform.staff");

        List<String> emails = db.read("test.emails", dsl -> dsl.select(STAFF.EMAIL).from(STAFF).fetch(STAFF.EMAIL));
        assertThat(emails).containsExactly("kept@example.org");
        assertThat(count(AUDIT_LOG)).isEqualTo(1);
    }

    @Test
    void theOwnerWhoRunsMigrationsIsNotBound() throws SQLException {
        owner("INSERT INTO platform.staff (id, email, password_hash, roles) VALUES (gen_random_uuid(), 'owner@example.org', 'x', '{operator}')");

        assertThat(count(STAFF)).isEqualTo(1);
    }

    @Test
    void aCallContextWithoutAnActorCannotBeBuilt() {
        assertThatThrownBy(() -> new CallContext(null, "addStaff", RequestId.generate()))
                .isInstanceOf(NullPointerException.class).hasMessage("actor");
        assertThatThrownBy(() -> db.write(null, dsl -> insertStaff(dsl, "nobody@example.org")))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("needs a CallContext");
        assertThat(count(STAFF)).isZero();
    }

    @Test
    void everyTableOfTheHearthSchemasButTheAuditTrailCarriesTheGuard() throws SQLException {
        assertThat(unguardedTables()).as("tables without the writes_need_an_actor trigger: end the migration that creates "
                + "them with SELECT platform.require_an_actor('schema.table')").isEmpty();
        assertThat(guardedTables()).contains("platform.staff", "platform.outbox_events", "keys.data_keys", "datastore.records",
                "tenants.tenants", "governance.journal_entries").doesNotContain("platform.audit_log").hasSizeGreaterThan(40);
    }

    @Test
    void theGuardRunsOncePerStatementNotOncePerRow() throws SQLException {
        try (Connection c = owner.getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT count(*) FILTER (WHERE tgtype & 1 = 1), count(*) FROM pg_trigger WHERE tgname = 'writes_need_an_actor'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("row-level guards").isZero();
            assertThat(rs.getInt(2)).as("guards").isGreaterThan(40);
        }
    }

    @Test
    void aTableCreatedWithoutTheGuardIsFoundAndRequireAnActorGuardsIt() throws SQLException {
        owner("CREATE TABLE reporting.guard_probe (id INT)");
        try {
            assertThat(unguardedTables()).containsExactly("reporting.guard_probe");
            owner("GRANT INSERT ON reporting.guard_probe TO hearth_app");
            owner("SELECT platform.require_an_actor('reporting.guard_probe')");
            assertThat(unguardedTables()).isEmpty();
            assertRefused(() -> db.read("test.probe", dsl -> dsl.execute("INSERT INTO reporting.guard_probe VALUES (1)")),
                    "reporting.guard_probe");
        } finally {
            owner("DROP TABLE reporting.guard_probe");
        }
    }

    private static int count(org.jooq.Table<?> table) {
        Integer rows = db.read("test.count", dsl -> dsl.fetchCount(table));
        return rows;
    }

    private static int insertStaff(org.jooq.DSLContext dsl, String email) {
        return dsl.insertInto(STAFF).set(STAFF.ID, UUID.randomUUID()).set(STAFF.EMAIL, email).set(STAFF.PASSWORD_HASH, "x")
                .set(STAFF.ROLES, new String[] {"operator"}).execute();
    }

    private static CallContext staffContext() {
        return new CallContext(Actor.staff(UUID.randomUUID(), Set.of("operator")), "addStaff", RequestId.generate());
    }

    private static void assertRefused(Runnable write, String table) {
        assertThatThrownBy(write::run).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("a write to " + table + " needs an actor: run it in Db.write or Db.system");
    }

    private static List<String> unguardedTables() throws SQLException {
        return tables("NOT EXISTS");
    }

    private static List<String> guardedTables() throws SQLException {
        return tables("EXISTS");
    }

    /** Base tables of the Hearth schemas, from information_schema, with or without the enabled guard. */
    private static List<String> tables(String exists) throws SQLException {
        String sql = "SELECT t.table_schema || '.' || t.table_name FROM information_schema.tables t "
                + "WHERE t.table_type = 'BASE TABLE' AND t.table_schema = ANY (?) "
                + "AND (t.table_schema, t.table_name) <> ('platform', 'audit_log') AND " + exists + " ("
                + "SELECT 1 FROM pg_trigger g WHERE g.tgrelid = format('%I.%I', t.table_schema, t.table_name)::regclass "
                + "AND g.tgname = 'writes_need_an_actor' AND g.tgenabled <> 'D') ORDER BY 1";
        List<String> tables = new ArrayList<>();
        try (Connection c = owner.getConnection(); var statement = c.prepareStatement(sql)) {
            statement.setArray(1, c.createArrayOf("text", SCHEMAS.toArray()));
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
        }
        return tables;
    }

    private static boolean guardInstalled() throws SQLException {
        try (Connection c = owner.getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT to_regprocedure('platform.writes_need_an_actor()') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static void owner(String sql) throws SQLException {
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void update(javax.sql.DataSource dataSource, String changelog) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            var database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Map<String, Object> scope = Map.of(Scope.Attr.ui.name(), new liquibase.ui.LoggerUIService(), Scope.Attr.resourceAccessor.name(),
                    new ClassLoaderResourceAccessor(WritesNeedAnActorIT.class.getClassLoader()));
            Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                    .execute());
        }
    }
}
