package org.hearth.schema;

import java.sql.Connection;
import javax.sql.DataSource;
import java.util.Map;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.ui.LoggerUIService;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/** Applies every changelog to a database; safe to run again (applied changesets are skipped). */
public final class Migrations {

    public static final String MASTER_CHANGELOG = "db/changelog/hearth.xml";

    private Migrations() {
    }

    public static void apply(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            // Liquibase's progress goes to the log, not to standard output.
            Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> {
                try (Liquibase liquibase = new Liquibase(MASTER_CHANGELOG, new ClassLoaderResourceAccessor(Migrations.class.getClassLoader()), database)) {
                    liquibase.update("");
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
        }
    }
}
