package org.hearth.tenants.billing.usage;

import static org.hearth.schema.generated.tenants.Tables.USAGE;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.Tenancy;
import org.hearth.tenants.billing.pricing.Metric;
import org.hearth.tenants.billing.pricing.Usage;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** {@code tenants.usage}: increments of one hour's row, and a period's totals per metric. jOOQ only. */
final class UsageRepository {

    /** Adds {@code quantity} to the hour's row (creating it), in the caller's transaction. */
    void add(DSLContext tx, UUID tenantId, Metric metric, UUID agreementId, OffsetDateTime hour, BigDecimal quantity) {
        tx.insertInto(USAGE, USAGE.TENANT_ID, USAGE.METRIC, USAGE.AGREEMENT_ID, USAGE.HOUR, USAGE.QUANTITY)
                .values(tenantId, metric.code(), agreementId, hour, quantity)
                .onConflict(USAGE.TENANT_ID, USAGE.METRIC, USAGE.HOUR, USAGE.AGREEMENT_ID)
                .doUpdate().set(USAGE.QUANTITY, USAGE.QUANTITY.plus(DSL.excluded(USAGE.QUANTITY)))
                .execute();
    }

    /** The tenant's totals per metric over {@code [from, to)}; a metric with no usage is absent. */
    Map<Metric, BigDecimal> totals(DSLContext dsl, TenantScope scope, OffsetDateTime from, OffsetDateTime to) {
        Map<Metric, BigDecimal> out = new EnumMap<>(Metric.class);
        dsl.select(USAGE.METRIC, DSL.sum(USAGE.QUANTITY)).from(USAGE)
                .where(Tenancy.owned(USAGE, scope)).and(USAGE.HOUR.ge(from)).and(USAGE.HOUR.lt(to))
                .groupBy(USAGE.METRIC)
                .forEach(r -> Metric.fromCode(r.value1()).ifPresent(m -> out.put(m, r.value2())));
        return out;
    }

    /** The tenant's usage per metric and UTC day over {@code [from, to)}, summed over agreements, as the rater takes it. */
    List<Usage> daily(DSLContext dsl, TenantScope scope, OffsetDateTime from, OffsetDateTime to) {
        Map<Metric, Map<LocalDate, BigDecimal>> days = new EnumMap<>(Metric.class);
        dsl.select(USAGE.METRIC, USAGE.HOUR, DSL.sum(USAGE.QUANTITY)).from(USAGE)
                .where(Tenancy.owned(USAGE, scope)).and(USAGE.HOUR.ge(from)).and(USAGE.HOUR.lt(to))
                .groupBy(USAGE.METRIC, USAGE.HOUR)
                .forEach(r -> Metric.fromCode(r.value1()).ifPresent(m -> days.computeIfAbsent(m, k -> new TreeMap<>())
                        .merge(r.value2().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(), r.value3(), BigDecimal::add)));
        List<Usage> out = new ArrayList<>();
        days.forEach((metric, perDay) -> perDay.forEach((day, quantity) -> out.add(new Usage(metric, day, day.plusDays(1), quantity))));
        return out;
    }
}
