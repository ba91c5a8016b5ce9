package org.hearth.kernel.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.hearth.kernel.config.HearthConfig;
import org.hearth.kernel.crypto.KeyMaterial;
import org.hearth.schema.Migrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running database of one process: the data-directory lock and embedded server when there is
 * no external one, the pool, and the {@link Db} facade. Closing it undoes all of that in reverse.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final List<AutoCloseable> resources;
    private final Db db;
    private final String description;

    private Database(List<AutoCloseable> resources, Db db, String description) {
        this.resources = resources;
        this.db = db;
        this.description = description;
    }

    /** Opens the configured database; with {@code migrate} it also applies the changelogs. */
    public static Database open(HearthConfig config, MeterRegistry registry, boolean migrate) {
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            String url;
            String user;
            String password;
            String description;
            if (config.externalDatabase().isPresent()) {
                HearthConfig.ExternalDatabase external = config.externalDatabase().get();
                url = external.url();
                user = external.user();
                password = external.password();
                description = "external PostgreSQL at " + (url.contains("?") ? url.substring(0, url.indexOf('?')) + "?…" : url);
            } else {
                resources.add(DataDirectoryLock.acquire(config.dataDir()));
                EmbeddedPostgresServer server = EmbeddedPostgresServer.start(config.dataDir().resolve("postgres"),
                        KeyMaterial.databasePassword(config), config.embeddedSharedBuffersMb());
                resources.add(server);
                url = server.jdbcUrl();
                user = EmbeddedPostgresServer.USER;
                password = server.password();
                description = "embedded PostgreSQL with data in " + config.dataDir().resolve("postgres");
            }
            if (migrate) {
                // As the connecting user, who owns the schema; the pool below works as the app role.
                org.postgresql.ds.PGSimpleDataSource owner = new org.postgresql.ds.PGSimpleDataSource();
                owner.setUrl(url);
                owner.setUser(user);
                owner.setPassword(password);
                Migrations.apply(owner);
            }
            java.util.Optional<String> setRole = config.dbRole();
            if (config.externalDatabase().isEmpty() && config.dbRole().isPresent()) {
                // On the embedded server the pool logs in as the application role itself, so no
                // statement it runs can RESET ROLE back to the superuser that owns the cluster.
                String appPassword = KeyMaterial.applicationDatabasePassword(config);
                allowLogin(url, user, password, config.dbRole().get(), appPassword);
                user = config.dbRole().get();
                password = appPassword;
                setRole = java.util.Optional.empty();
            }
            HikariDataSource pool = pool(url, user, password, config.dbPoolSize(), registry, setRole);
            resources.add(pool);
            LOG.info("Database ready: {}", description);
            return new Database(resources, new Db(pool, registry), description);
        } catch (RuntimeException e) {
            closeAll(resources);
            throw e;
        }
    }

    /**
     * Gives the (NOLOGIN, non-superuser) application role a login with its own password. The
     * driver sends only the SCRAM verifier, so the password never reaches the server or its log.
     */
    private static void allowLogin(String url, String owner, String ownerPassword, String role, String rolePassword) {
        org.postgresql.ds.PGSimpleDataSource admin = new org.postgresql.ds.PGSimpleDataSource();
        admin.setUrl(url);
        admin.setUser(owner);
        admin.setPassword(ownerPassword);
        try (java.sql.Connection c = admin.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("ALTER ROLE \"" + role.replace("\"", "") + "\" LOGIN NOSUPERUSER NOBYPASSRLS");
            c.unwrap(org.postgresql.PGConnection.class).alterUserPassword(role, rolePassword.toCharArray(), "scram-sha-256");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not give the application role " + role + " its login: " + e.getMessage(), e);
        }
    }

    static HikariDataSource pool(String url, String user, String password, int size, MeterRegistry registry, java.util.Optional<String> role) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("hearth");
        hikari.setJdbcUrl(url);
        hikari.setUsername(user);
        hikari.setPassword(password);
        hikari.setMaximumPoolSize(size);
        hikari.setMinimumIdle(Math.min(2, size));
        hikari.setConnectionTimeout(10_000);
        hikari.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        // Work as a role bound by row-level security (the connecting user usually owns the tables,
        // and owners and superusers are not bound by it). The role name comes from configuration.
        role.ifPresent(r -> hikari.setConnectionInitSql("SET ROLE \"" + r.replace("\"", "") + "\""));
        return new HikariDataSource(hikari);
    }

    public Db db() {
        return db;
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        closeAll(resources);
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                LOG.warn("Closing {} failed: {}", resources.get(i).getClass().getSimpleName(), e.getMessage());
            }
        }
        resources.clear();
    }
}
