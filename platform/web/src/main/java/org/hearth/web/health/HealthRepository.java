package org.hearth.web.health;

import org.hearth.kernel.db.Db;
import org.jooq.impl.DSL;

/** The readiness probe's one query: a trivial {@code select 1} through the pool. */
final class HealthRepository {

    private final Db db;

    HealthRepository(Db db) {
        this.db = db;
    }

    /** Whether the database answers {@code select 1} with 1; a failure to reach it is thrown. */
    boolean databaseAnswers() {
        Integer one = db.read("health.ready", dsl -> dsl.select(DSL.one()).fetchOne(0, Integer.class));
        return Integer.valueOf(1).equals(one);
    }
}
