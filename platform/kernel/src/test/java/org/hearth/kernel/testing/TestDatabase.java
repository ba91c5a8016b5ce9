package org.hearth.kernel.testing;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.Optional;
import javax.sql.DataSource;
import org.hearth.kernel.config.HearthConfig;
import org.hearth.kernel.db.Db;
import org.hearth.schema.Migrations;
import org.hearth.schema.generated.DefaultCatalog;
import org.jooq.Table;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The real PostgreSQL that integration tests run against: an embedded server started once per
 * test JVM, or the server named by {@code HEARTH_TEST_DB_URL} (with {@code HEARTH_TEST_DB_USER}
 * and {@code HEARTH_TEST_DB_PASSWORD}). Migrations run once; {@link #reset()} empties every
 * table so each test builds its own data.
 */
public final class TestDatabase {

    private static TestDatabase instance;

    private final String url;
    private final String user;
    private final String password;
    private final Db db;

    private TestDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser(user);
        ds.setPassword(password);
        Migrations.apply(ds);
        this.db = new Db(ds, new SimpleMeterRegistry());
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            System.setProperty("org.jooq.no-logo", "true");
            System.setProperty("org.jooq.no-tips", "true");
            String external = System.getenv("HEARTH_TEST_DB_URL");
            if (external != null && !external.isBlank()) {
                instance = new TestDatabase(external, Optional.ofNullable(System.getenv("HEARTH_TEST_DB_USER")).orElse("postgres"),
                        Optional.ofNullable(System.getenv("HEARTH_TEST_DB_PASSWORD")).orElse(""));
            } else {
                instance = embedded();
            }
        }
        return instance;
    }

    private static TestDatabase embedded() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
                try {
                    pg.close();
                } catch (IOException e) {
                    // the JVM is exiting; zonky cleans its temporary directory itself
                }
            }));
            return new TestDatabase(pg.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the embedded PostgreSQL for tests", e);
        }
    }

    /** Empties every table of every Hearth schema. */
    public void reset() {
        db.write(org.hearth.kernel.actor.CallContext.system("test.reset"), dsl -> {
            for (var schema : DefaultCatalog.DEFAULT_CATALOG.getSchemas()) {
                for (Table<?> table : schema.getTables()) {
                    if (table.getTableType() != org.jooq.TableOptions.TableType.TABLE) {
                        continue;  // a table-valued function, such as tenants.check_tenant
                    }
                    dsl.truncate(table).restartIdentity().cascade().execute();
                }
            }
            return null;
        });
    }

    public Db db() {
        return db;
    }

    public DataSource dataSource() {
        return db.dataSource();
    }

    /** Connection settings for starting a whole platform against this database. */
    public HearthConfig.ExternalDatabase asExternal() {
        return new HearthConfig.ExternalDatabase(url, user, password);
    }

    /** A count of rows, for assertions. */
    public int count(Table<?> table) {
        return db.read("test.count", dsl -> dsl.fetchCount(table));
    }

    public int count(Table<?> table, org.jooq.Condition where) {
        return db.read("test.count", dsl -> dsl.fetchCount(table, where));
    }
}
