package org.hearth.tenants.billing.usage;

import static org.hearth.schema.generated.tenants.Tables.LIMIT_COUNTERS;
import static org.hearth.schema.generated.tenants.Tables.USAGE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.Tenancy;
import org.hearth.tenants.billing.pricing.Metric;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** {@code tenants.limit_counters}: the units taken this month under a per-act hard limit. jOOQ only. */
final class LimitCounterRepository {

    /** The month's count, if any act has taken a unit yet. */
    Optional<BigDecimal> used(DSLContext dsl, TenantScope scope, LocalDate month, Metric metric) {
        return dsl.select(LIMIT_COUNTERS.USED).from(LIMIT_COUNTERS).where(key(scope, month, metric)).fetchOptional(LIMIT_COUNTERS.USED);
    }

    /** Starts the month's count at the usage already metered in it; nothing when it has started. */
    void start(DSLContext tx, TenantScope scope, LocalDate month, Metric metric) {
        tx.insertInto(LIMIT_COUNTERS, LIMIT_COUNTERS.TENANT_ID, LIMIT_COUNTERS.MONTH, LIMIT_COUNTERS.METRIC, LIMIT_COUNTERS.USED)
                .select(DSL.select(DSL.val(scope.tenantId()), DSL.val(month), DSL.val(metric.code()), DSL.coalesce(DSL.sum(USAGE.QUANTITY), BigDecimal.ZERO))
                        .from(USAGE)
                        .where(Tenancy.owned(USAGE, scope)).and(USAGE.METRIC.eq(metric.code()))
                        .and(USAGE.HOUR.ge(month.atStartOfDay().atOffset(ZoneOffset.UTC)))
                        .and(USAGE.HOUR.lt(month.plusMonths(1).atStartOfDay().atOffset(ZoneOffset.UTC))))
                .onConflictDoNothing()
                .execute();
    }

    /** Takes one unit if the count stays within {@code limit}; false (nothing changed) otherwise. Waits for a concurrent take. */
    boolean take(DSLContext tx, TenantScope scope, LocalDate month, Metric metric, BigDecimal limit) {
        return tx.update(LIMIT_COUNTERS).set(LIMIT_COUNTERS.USED, LIMIT_COUNTERS.USED.plus(BigDecimal.ONE))
                .where(key(scope, month, metric)).and(LIMIT_COUNTERS.USED.plus(BigDecimal.ONE).le(limit))
                .execute() == 1;
    }

    /** Gives back a unit taken for an act that then failed. */
    void giveBack(DSLContext tx, TenantScope scope, LocalDate month, Metric metric) {
        tx.update(LIMIT_COUNTERS).set(LIMIT_COUNTERS.USED, LIMIT_COUNTERS.USED.minus(BigDecimal.ONE))
                .where(key(scope, month, metric)).and(LIMIT_COUNTERS.USED.ge(BigDecimal.ONE))
                .execute();
    }

    private static Condition key(TenantScope scope, LocalDate month, Metric metric) {
        return Tenancy.owned(LIMIT_COUNTERS, scope).and(LIMIT_COUNTERS.MONTH.eq(month)).and(LIMIT_COUNTERS.METRIC.eq(metric.code()));
    }
}
