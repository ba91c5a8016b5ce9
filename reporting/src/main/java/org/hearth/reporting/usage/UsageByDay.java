package org.hearth.reporting.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.jooq.DSLContext;

/**
 * The platform's metered usage per UTC day and metric, summed over every tenant, for any range of
 * days: the days the roll-up has reached come from {@code reporting.usage_by_day}, the hours after
 * it from billing's own table. The cursor is read under a share lock, so a roll-up that commits
 * meanwhile is seen whole or not at all: no hour is counted twice or missed.
 */
public final class UsageByDay {

    private final Db db;

    public UsageByDay(Db db) {
        this.db = db;
    }

    /** Each day's quantities per metric (metric codes as billing names them), days in [from, to]. */
    public SortedMap<LocalDate, Map<String, BigDecimal>> days(CallContext ctx, LocalDate from, LocalDate to) {
        return db.system(ctx, dsl -> UsageByDay.days(dsl, from, to));
    }

    /** {@link #days(CallContext, LocalDate, LocalDate)} inside a system-scope transaction the caller holds. */
    public static SortedMap<LocalDate, Map<String, BigDecimal>> days(DSLContext dsl, LocalDate from, LocalDate to) {
        UsageRepository repository = new UsageRepository();
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends before it starts: " + from + " to " + to);
        }
        OffsetDateTime start = from.atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime end = to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        SortedMap<LocalDate, Map<String, BigDecimal>> days = new TreeMap<>();
        OffsetDateTime cursor = repository.sharedCursor(dsl).orElse(null);
        if (cursor != null) {
            days.putAll(repository.rolledUp(dsl, from, to));
        }
        OffsetDateTime tailFrom = cursor == null || cursor.isBefore(start) ? start : cursor;
        if (tailFrom.isBefore(end)) {
            repository.metered(dsl, tailFrom, end).forEach((day, metrics) ->
                    metrics.forEach((metric, quantity) -> UsageRepository.add(days, day, metric, quantity)));
        }
        return days;
    }

    /** The same, summed per calendar month (a partial month at either end holds only its days in the range). */
    public static SortedMap<YearMonth, Map<String, BigDecimal>> byMonth(Map<LocalDate, Map<String, BigDecimal>> days) {
        SortedMap<YearMonth, Map<String, BigDecimal>> months = new TreeMap<>();
        days.forEach((day, metrics) -> metrics.forEach((metric, quantity) ->
                months.computeIfAbsent(YearMonth.from(day), m -> new TreeMap<>()).merge(metric, quantity, BigDecimal::add)));
        return months;
    }

    /** The range's total per metric. */
    public static Map<String, BigDecimal> total(Map<LocalDate, Map<String, BigDecimal>> days) {
        Map<String, BigDecimal> total = new TreeMap<>();
        days.values().forEach(metrics -> metrics.forEach((metric, quantity) -> total.merge(metric, quantity, BigDecimal::add)));
        return total;
    }
}
