package org.hearth.reporting.usage;

import static org.hearth.schema.generated.reporting.Tables.USAGE_BY_DAY;
import static org.hearth.schema.generated.reporting.Tables.USAGE_ROLLUP;
import static org.hearth.schema.generated.tenants.Tables.USAGE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** The roll-up's reads and writes. Every table here is visible under the system scope only. */
final class UsageRepository {

    /** The UTC day of a metered hour. */
    private static final Field<LocalDate> DAY = DSL.field("({0} AT TIME ZONE 'UTC')::date", SQLDataType.LOCALDATE, USAGE.HOUR);

    Optional<OffsetDateTime> rolledUpTo(DSLContext dsl) {
        return dsl.select(USAGE_ROLLUP.ROLLED_UP_TO).from(USAGE_ROLLUP).fetchOptional(USAGE_ROLLUP.ROLLED_UP_TO);
    }

    /**
     * The roll-up's position under a share lock held to the end of the transaction: a roll-up in
     * progress is waited for, and none starts until the reader is done.
     */
    Optional<OffsetDateTime> sharedCursor(DSLContext dsl) {
        return dsl.select(USAGE_ROLLUP.ROLLED_UP_TO).from(USAGE_ROLLUP).forShare().fetchOptional(USAGE_ROLLUP.ROLLED_UP_TO);
    }

    /** The roll-up's position, locked for this transaction; created at {@code start} the first time. */
    OffsetDateTime lockCursor(DSLContext dsl, OffsetDateTime start) {
        dsl.insertInto(USAGE_ROLLUP).set(USAGE_ROLLUP.ID, true).set(USAGE_ROLLUP.ROLLED_UP_TO, start).onConflictDoNothing().execute();
        return dsl.select(USAGE_ROLLUP.ROLLED_UP_TO).from(USAGE_ROLLUP).forUpdate().fetchSingle(USAGE_ROLLUP.ROLLED_UP_TO);
    }

    Optional<OffsetDateTime> earliestHour(DSLContext dsl) {
        return Optional.ofNullable(dsl.select(DSL.min(USAGE.HOUR)).from(USAGE).fetchOne(0, OffsetDateTime.class));
    }

    /** Adds the hours in [from, to) to the days they fall on, and moves the cursor to {@code to}. */
    void rollUp(DSLContext dsl, OffsetDateTime from, OffsetDateTime to) {
        dsl.insertInto(USAGE_BY_DAY, USAGE_BY_DAY.DAY, USAGE_BY_DAY.METRIC, USAGE_BY_DAY.QUANTITY)
                .select(dsl.select(DAY, USAGE.METRIC, DSL.sum(USAGE.QUANTITY)).from(USAGE)
                        .where(USAGE.HOUR.ge(from)).and(USAGE.HOUR.lt(to)).groupBy(DAY, USAGE.METRIC))
                .onConflict(USAGE_BY_DAY.DAY, USAGE_BY_DAY.METRIC)
                .doUpdate().set(USAGE_BY_DAY.QUANTITY, USAGE_BY_DAY.QUANTITY.plus(DSL.excluded(USAGE_BY_DAY.QUANTITY)))
                .execute();
        dsl.update(USAGE_ROLLUP).set(USAGE_ROLLUP.ROLLED_UP_TO, to).execute();
    }

    /** What the roll-up holds for the days in [from, to]. */
    Map<LocalDate, Map<String, BigDecimal>> rolledUp(DSLContext dsl, LocalDate from, LocalDate to) {
        Map<LocalDate, Map<String, BigDecimal>> days = new TreeMap<>();
        dsl.select(USAGE_BY_DAY.DAY, USAGE_BY_DAY.METRIC, USAGE_BY_DAY.QUANTITY).from(USAGE_BY_DAY)
                .where(USAGE_BY_DAY.DAY.between(from, to))
                .forEach(r -> add(days, r.value1(), r.value2(), r.value3()));
        return days;
    }

    /** The metered hours in [from, to) read from billing's table itself, per day. */
    Map<LocalDate, Map<String, BigDecimal>> metered(DSLContext dsl, OffsetDateTime from, OffsetDateTime to) {
        Map<LocalDate, Map<String, BigDecimal>> days = new TreeMap<>();
        dsl.select(DAY, USAGE.METRIC, DSL.sum(USAGE.QUANTITY)).from(USAGE)
                .where(USAGE.HOUR.ge(from)).and(USAGE.HOUR.lt(to)).groupBy(DAY, USAGE.METRIC)
                .forEach(r -> add(days, r.value1(), r.value2(), r.value3()));
        return days;
    }

    static void add(Map<LocalDate, Map<String, BigDecimal>> days, LocalDate day, String metric, BigDecimal quantity) {
        days.computeIfAbsent(day, d -> new TreeMap<>()).merge(metric, quantity, BigDecimal::add);
    }
}
