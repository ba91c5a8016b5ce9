package org.hearth.reporting.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.schema.generated.platform.Tables.AUDIT_LOG;
import static org.hearth.schema.generated.reporting.Tables.USAGE_BY_DAY;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The usage roll-up on real PostgreSQL: the same figures before and after it, hours never counted twice. */
class UsageByDayIT {

    private static final Instant NOW = Instant.parse("2026-11-20T12:30:00Z");
    private final TestDatabase database = TestDatabase.get();
    private final UsageByDay usage = new UsageByDay(database.db());
    private final UsageRollup rollup = new UsageRollup(database.db(), Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(1));
    private final UUID tenant = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        database.reset();
        database.db().system(CallContext.system("test.seed"), dsl ->
                dsl.execute("insert into tenants.tenants (id, name, kind) values (?, 'Meter', 'company')", tenant));
        meter("2026-10-31T23:00:00Z", "consented_reads", "4");
        meter("2026-11-01T00:00:00Z", "consented_reads", "6");
        meter("2026-11-19T10:00:00Z", "consented_reads", "5");
        meter("2026-11-19T10:00:00Z", "records_served", "50");
        meter("2026-11-20T11:00:00Z", "consented_reads", "2");   // the hour that just ended: not settled yet
        meter("2026-11-20T12:00:00Z", "consented_reads", "1");   // the current hour
    }

    private void meter(String hour, String metric, String quantity) {
        database.db().system(CallContext.system("test.meter"), dsl -> dsl.execute(
                "insert into tenants.usage (tenant_id, metric, agreement_id, hour, quantity) values (?, ?, ?, ?::timestamptz, ?::numeric) "
                        + "on conflict (tenant_id, metric, hour, agreement_id) do update set quantity = tenants.usage.quantity + excluded.quantity",
                tenant, metric, UUID.nameUUIDFromBytes(metric.getBytes()), hour, quantity));
    }

    private SortedMap<LocalDate, Map<String, BigDecimal>> november() {
        return usage.days(CallContext.system("test.read"), LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"));
    }

    private int rollUpAll() {
        int steps = 0;
        while (rollup.rollUpDue() > 0) {
            steps++;
        }
        return steps;
    }

    @Test
    void theFiguresAreTheSameBeforeAndAfterTheRollUpAndTheLiveHoursStillCount() {
        SortedMap<LocalDate, Map<String, BigDecimal>> before = november();
        assertThat(UsageByDay.total(before).get("consented_reads")).isEqualByComparingTo("14");   // 6 + 5 + 2 + 1, not October's 4
        assertThat(before.get(LocalDate.parse("2026-11-19")).get("records_served")).isEqualByComparingTo("50");

        // From 31 Oct 23:00 to 20 Nov 11:00 (the settled limit): three passes of at most a week.
        assertThat(rollUpAll()).isEqualTo(3);
        assertThat(database.count(USAGE_BY_DAY, USAGE_BY_DAY.METRIC.eq("consented_reads"))).isEqualTo(3);   // 31 Oct, 1 Nov, 19 Nov

        SortedMap<LocalDate, Map<String, BigDecimal>> after = november();
        assertThat(after).isEqualTo(before);

        meter("2026-11-20T12:00:00Z", "consented_reads", "3");   // metering goes on in the current hour
        assertThat(UsageByDay.total(november()).get("consented_reads")).isEqualByComparingTo("17");
        assertThat(UsageByDay.byMonth(usage.days(CallContext.system("test.read"), LocalDate.parse("2026-10-31"), LocalDate.parse("2026-11-20"))))
                .containsOnlyKeys(YearMonth.of(2026, 10), YearMonth.of(2026, 11));
    }

    @Test
    void anUpToDateRollUpWritesNothingNotEvenAnAuditRow() {
        rollUpAll();
        long audited = database.count(AUDIT_LOG, AUDIT_LOG.OPERATION.eq("reporting.usage_rollup"));
        assertThat(rollup.rollUpDue()).isZero();
        assertThat(rollup.rollUpDue()).isZero();
        assertThat(database.count(AUDIT_LOG, AUDIT_LOG.OPERATION.eq("reporting.usage_rollup"))).isEqualTo(audited);
    }

    @Test
    void aRangeBeforeTheRollUpsFirstDayOrOfOneDayReadsWhatWasMetered() {
        rollUpAll();
        assertThat(usage.days(CallContext.system("test.read"), LocalDate.parse("2026-11-19"), LocalDate.parse("2026-11-19")))
                .containsOnlyKeys(LocalDate.parse("2026-11-19"));
        assertThat(usage.days(CallContext.system("test.read"), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31"))).isEmpty();
    }
}
