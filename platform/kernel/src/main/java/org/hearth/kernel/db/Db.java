package org.hearth.kernel.db;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The one way into the database. Every unit of work is named; the name becomes the
 * {@code hearth.db.query} timer's {@code name} tag, so each query is measured on its own
 * (names are code, never data, so no personal data reaches the metrics).
 */
public final class Db {

    private final DataSource dataSource;
    private final DSLContext dsl;
    private final MeterRegistry registry;
    private final ConcurrentMap<String, Timer> timers = new ConcurrentHashMap<>();

    public Db(DataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.registry = registry;
        // Execute logging would print bind values, which can be personal data.
        Settings settings = new Settings().withExecuteLogging(false).withRenderSchema(true);
        this.dsl = DSL.using(dataSource, SQLDialect.POSTGRES, settings);
    }

    /** Runs {@code work} in one transaction: all of it commits, or none of it. */
    public <T> T tx(String name, Function<DSLContext, T> work) {
        return timer(name).record(() -> dsl.transactionResult(cfg -> work.apply(cfg.dsl())));
    }

    public void txRun(String name, Consumer<DSLContext> work) {
        tx(name, dsl -> {
            work.accept(dsl);
            return null;
        });
    }

    /**
     * Runs {@code work} in one transaction on behalf of a tenant: PostgreSQL's row-level security
     * then shows and accepts only that tenant's rows in tenant-owned tables, whatever the query
     * says (the second guard behind the repositories' own tenant predicates).
     */
    public <T> T asTenant(java.util.UUID tenantId, String name, Function<DSLContext, T> work) {
        return tx(name, dsl -> {
            dsl.select(DSL.function("set_config", String.class, DSL.val("hearth.tenant_id"), DSL.val(tenantId.toString()), DSL.val(true)))
                    .fetch();
            return work.apply(dsl);
        });
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
