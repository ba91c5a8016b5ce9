package org.hearth.kernel.db;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.Credential;
import org.hearth.kernel.actor.TenantScope;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The one way into the database. Every unit of work is named; the name becomes the
 * {@code hearth.db.query} timer's {@code name} tag, so each query is measured on its own
 * (names are code, never data, so no personal data reaches the metrics).
 */
public final class Db {

    private final DataSource dataSource;
    private final DSLContext dsl;
    /** Execute logging would print bind values, which can be personal data. */
    private final Settings settings = new Settings().withExecuteLogging(false).withRenderSchema(true);
    private final MeterRegistry registry;
    private final ConcurrentMap<String, Timer> timers = new ConcurrentHashMap<>();

    public Db(DataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.registry = registry;
        this.dsl = DSL.using(dataSource, SQLDialect.POSTGRES, settings);
    }

    /**
     * One audited write transaction for {@code ctx}'s actor: the audit row and the work commit
     * together or not at all. Sets {@code hearth.actor} (and, for an individual,
     * {@code hearth.individual_id}) for the transaction; no tenant-owned row is visible.
     */
    public <T> T write(CallContext ctx, Function<DSLContext, T> work) {
        return audited(ctx, null, "actor", work, false);
    }

    /** One audited write transaction confined to {@code scope}'s tenant by row-level security. */
    public <T> T write(CallContext ctx, TenantScope scope, Function<DSLContext, T> work) {
        return audited(ctx, java.util.Objects.requireNonNull(scope, "scope").tenantId(), "tenant", work, false);
    }

    /**
     * One audited unit of work under the system scope, which sees every tenant's rows: for the
     * operator's views and for background jobs that act across tenants.
     */
    public <T> T system(CallContext ctx, Function<DSLContext, T> work) {
        return audited(ctx, null, "system", work, false);
    }

    /**
     * A polling platform job's unit of work under the system scope (the outbox dispatcher): it runs
     * every second or so and mostly finds nothing, so its audit row is appended after the work and
     * only if the work wrote something (the transaction then has an id). Only for
     * {@link Actor.Kind#SYSTEM} actors.
     */
    public <T> T job(CallContext ctx, Function<DSLContext, T> work) {
        if (!ctx.actor().is(Actor.Kind.SYSTEM)) {
            throw new IllegalArgumentException("Db.job is for platform jobs; people's work is always audited");
        }
        return audited(ctx, null, "system", work, true);
    }

    /** A read confined to {@code scope}'s tenant (one transaction, so the setting holds for every statement). */
    public <T> T read(TenantScope scope, String name, Function<DSLContext, T> work) {
        return inTransaction(name, c -> statement(c, "select set_config('hearth.tenant_id', ?, true)", scope.tenantId().toString()), work, null);
    }

    /**
     * A read by whoever presents an invitation code (an individual opening a data request's
     * link, before or without signing in): row-level security's {@code presented_code} policy then
     * shows that one request and its tenant's name, nothing else. Read-only: writes in it are
     * refused, as it names no actor.
     */
    public <T> T readPresenting(String requestCode, String name, Function<DSLContext, T> work) {
        return inTransaction(name, c -> statement(c, "select set_config('hearth.request_code', ?, true)", requestCode), work, null);
    }

    /**
     * A read by {@code actor}: for an individual, row-level security then shows the tenant-owned
     * rows that concern them (their own agreements), and nothing of anyone else's.
     */
    public <T> T read(Actor actor, String name, Function<DSLContext, T> work) {
        if (!actor.is(Actor.Kind.INDIVIDUAL)) {
            return read(name, work);
        }
        return inTransaction(name, c -> statement(c, "select set_config('hearth.individual_id', ?, true)", actor.id().toString()), work, null);
    }

    private <T> T audited(CallContext ctx, java.util.UUID tenantId, String scope, Function<DSLContext, T> work, boolean onlyIfWritten) {
        java.util.Objects.requireNonNull(ctx, "A write needs a CallContext: who acts, which operation, which request");
        Actor actor = ctx.actor();
        String individual = actor.is(Actor.Kind.INDIVIDUAL) ? actor.id().toString() : "";
        Object[] row = {actor.kind().name().toLowerCase(), actor.id().toString(), actor.person().map(Object::toString).orElse(null),
                credentialKind(actor.credential()), ctx.operation(), ctx.requestId().value(), tenantId == null ? null : tenantId.toString(), scope};
        Object[] settings = {actor.ref(), tenantId == null ? "" : tenantId.toString(), individual, scope};
        if (!onlyIfWritten) {
            // One round trip: the settings are made by the statement that appends the audit row.
            return inTransaction(ctx.operation(), c -> statement(c, AUDIT_WITH_SETTINGS, concat(row, settings)), work, null);
        }
        return inTransaction(ctx.operation(), c -> statement(c, "select " + SETTINGS, settings), work,
                c -> statement(c, AUDIT_INSERT + " where txid_current_if_assigned() is not null", row));
    }

    /**
     * One transaction on a pooled connection, with plain JDBC around the work: {@code setup} (the
     * settings row-level security and the audit trail read) first, then the work through jOOQ,
     * then {@code finish} if any, then the commit; any failure rolls it all back. The statements
     * around the work are fixed strings, so the driver prepares each once per connection and
     * nothing re-renders or re-parses them per call, as jOOQ's plain-SQL templates and transaction
     * provider did (measured: about a fifth of a tenant call's CPU).
     */
    private <T> T inTransaction(String name, SqlStep setup, Function<DSLContext, T> work, SqlStep finish) {
        return timer(name).record(() -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    setup.run(connection);
                    T result = work.apply(DSL.using(connection, SQLDialect.POSTGRES, settings));
                    if (finish != null) {
                        finish.run(connection);
                    }
                    connection.commit();
                    return result;
                } catch (Throwable failure) {
                    rollback(connection, failure);
                    throw failure;
                }
            } catch (SQLException e) {
                throw new DataAccessException("SQL [" + name + "]; " + e.getMessage(), e);
            }
        });
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void statement(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.execute();
        }
    }

    @FunctionalInterface
    private interface SqlStep {
        void run(Connection connection) throws SQLException;
    }

    private static final String AUDIT_INSERT = "insert into platform.audit_log (actor_kind, actor_id, actor_person, credential, operation, "
            + "request_id, tenant_id, scope) select ?, ?::uuid, ?::uuid, ?, ?, ?, ?::uuid, ?";
    private static final String SETTINGS = "set_config('hearth.actor', ?, true), set_config('hearth.tenant_id', ?, true), "
            + "set_config('hearth.individual_id', ?, true), set_config('hearth.scope', ?, true)";

    private static final String AUDIT_WITH_SETTINGS = AUDIT_INSERT + " from (select " + SETTINGS + ") settings";

    private static Object[] concat(Object[] first, Object[] second) {
        Object[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static String credentialKind(Credential credential) {
        return switch (credential) {
            case Credential.Session s -> "session";
            case Credential.PersonalToken t -> "personal_token";
            case Credential.Client c -> "client";
            case Credential.Job j -> "job";
        };
    }

    /** Runs a read outside an explicit transaction (each statement autocommits). */
    public <T> T read(String name, Function<DSLContext, T> work) {
        return timer(name).record(() -> work.apply(dsl));
    }

    public DataSource dataSource() {
        return dataSource;
    }

    private Timer timer(String name) {
        return timers.computeIfAbsent(name, n -> Timer.builder("hearth.db.query")
                .description("Time spent in one named database unit of work")
                .tag("name", n)
                .publishPercentileHistogram(false)
                .register(registry));
    }
}
