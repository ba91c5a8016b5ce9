package org.hearth.reporting.impact;

import static org.hearth.schema.generated.datastore.Tables.AGREEMENTS;
import static org.hearth.schema.generated.datastore.Tables.INDIVIDUALS;
import static org.hearth.schema.generated.datastore.Tables.RECORDS;
import static org.hearth.schema.generated.tenants.Tables.ERASURE_REQUESTS;
import static org.hearth.schema.generated.tenants.Tables.PLANS;
import static org.hearth.schema.generated.tenants.Tables.PLAN_ASSIGNMENTS;
import static org.hearth.schema.generated.tenants.Tables.TENANTS_;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hearth.reporting.usage.UsageByDay;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The platform's figures for a period, read from datastore's and tenants' tables. They are under
 * row-level security, so the caller runs this under the system scope. No personal data leaves:
 * only counts, grouped by purpose, status, kind and plan.
 */
final class ImpactRepository {

    People people(DSLContext dsl, Period p, OffsetDateTime now) {
        OffsetDateTime start = p.start();
        OffsetDateTime end = p.end();
        long active = dsl.fetchCount(INDIVIDUALS, INDIVIDUALS.CREATED_AT.lt(end)
                .and(INDIVIDUALS.ERASED_AT.isNull().or(INDIVIDUALS.ERASED_AT.ge(end))));
        long registered = dsl.fetchCount(INDIVIDUALS, INDIVIDUALS.CREATED_AT.ge(start).and(INDIVIDUALS.CREATED_AT.lt(end)));
        long erased = dsl.fetchCount(INDIVIDUALS, INDIVIDUALS.ERASED_AT.ge(start).and(INDIVIDUALS.ERASED_AT.lt(end)));
        // As they stood at the period's end (or now, for a period that has not ended): a record erased
        // since is gone from the table, so "held" counts what was written by then and is still kept.
        OffsetDateTime asOf = end.isBefore(now) ? end : now;
        long held = dsl.fetchCount(RECORDS, RECORDS.CREATED_AT.lt(asOf));
        // Billing meters every consented read and delivery exactly once, in the act's transaction
        // (MeteringIT); the daily roll-up keeps this to a few hundred rows however busy the service.
        Map<String, BigDecimal> used = UsageByDay.total(UsageByDay.days(dsl, p.from(), p.to()));
        long delivered = used.getOrDefault("records_delivered", BigDecimal.ZERO).longValue();
        long reads = used.getOrDefault("consented_reads", BigDecimal.ZERO).longValue();
        long revocations = dsl.fetchCount(AGREEMENTS, AGREEMENTS.REVOKED_AT.ge(start).and(AGREEMENTS.REVOKED_AT.lt(end)));
        var honoured = ERASURE_REQUESTS.ACKNOWLEDGED_AT.ge(start).and(ERASURE_REQUESTS.ACKNOWLEDGED_AT.lt(end));
        Field<Double> seconds = DSL.field("extract(epoch from {0} - {1})", Double.class, ERASURE_REQUESTS.ACKNOWLEDGED_AT, ERASURE_REQUESTS.REQUESTED_AT);
        var erasures = dsl.select(DSL.count(), DSL.percentileCont(0.5).withinGroupOrderBy(seconds)).from(ERASURE_REQUESTS).where(honoured).fetchOne();
        long honouredCount = erasures.value1();
        Double median = erasures.value2() == null ? null : erasures.value2().doubleValue() / 3600;
        return new People(active, registered, erased, held, delivered, reads, revocations, honouredCount, median, agreements(dsl, asOf),
                tenants(dsl, p));
    }

    /** Each agreement granted by {@code asOf}, in the status it had then. */
    private static List<People.AgreementCount> agreements(DSLContext dsl, OffsetDateTime asOf) {
        // inlined, not bound: the same expression in SELECT and GROUP BY must be the same text
        Field<String> status = DSL.when(AGREEMENTS.REVOKED_AT.lt(DSL.inline(asOf)), DSL.inline("revoked"))
                .when(AGREEMENTS.EXPIRES_AT.le(DSL.inline(asOf)), DSL.inline("expired")).otherwise(DSL.inline("active"));
        return dsl.select(AGREEMENTS.PURPOSE, status, DSL.count()).from(AGREEMENTS).where(AGREEMENTS.GRANTED_AT.lt(asOf))
                .groupBy(AGREEMENTS.PURPOSE, status)
                .orderBy(AGREEMENTS.PURPOSE, status)
                .fetch(r -> new People.AgreementCount(r.value1(), r.value2(), r.value3()));
    }

    /** Each tenant registered by the period's end, with the plan assigned last on or before it. */
    private static List<People.TenantCount> tenants(DSLContext dsl, Period p) {
        Map<UUID, String> plans = new HashMap<>();
        dsl.select(PLAN_ASSIGNMENTS.TENANT_ID, PLAN_ASSIGNMENTS.PLAN_CODE).from(PLAN_ASSIGNMENTS)
                .where(PLAN_ASSIGNMENTS.FROM_DATE.le(p.to())).orderBy(PLAN_ASSIGNMENTS.FROM_DATE)
                .forEach(r -> plans.put(r.value1(), r.value2()));
        Map<String, Long> counts = new TreeMap<>();
        dsl.select(TENANTS_.ID, TENANTS_.KIND).from(TENANTS_).where(TENANTS_.CREATED_AT.lt(p.end()))
                .forEach(r -> counts.merge(r.value2() + "\t" + plans.getOrDefault(r.value1(), ""), 1L, Long::sum));
        Map<String, String[]> names = new HashMap<>();
        dsl.select(PLANS.CODE, PLANS.NAME_EN, PLANS.NAME_FR).from(PLANS).forEach(r -> names.put(r.value1(), new String[] {r.value2(), r.value3()}));
        List<People.TenantCount> out = new ArrayList<>();
        counts.forEach((key, n) -> {
            String[] parts = key.split("\t", -1);
            String plan = parts[1].isEmpty() ? null : parts[1];
            String[] name = plan == null ? new String[] {null, null} : names.getOrDefault(plan, new String[] {plan, plan});
            out.add(new People.TenantCount(parts[0], plan, name[0], name[1], n));
        });
        return out;
    }
}
