package org.hearth.tenants.billing.usage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.datastore.ReadMeter;
import org.hearth.tenants.billing.pricing.Metric;
import org.jooq.DSLContext;

/**
 * Counts billable acts in the transaction that commits them. Consented reads arrive as the
 * access log's batches: one increment per tenant, agreement and metric for the whole batch, so
 * the hot path pays a few upserts per group commit, not per read. A delivery adds its row in the
 * delivery's commit (a replayed Idempotency-Key does not run the act, so is not counted again).
 */
public final class UsageMeter implements ReadMeter {

    private static final BigDecimal BYTES_PER_MEGABYTE = BigDecimal.valueOf(1_000_000);

    private final UsageRepository usage = new UsageRepository();
    private final Clock clock;

    public UsageMeter(Clock clock) {
        this.clock = clock;
    }

    private record Key(UUID tenantId, UUID agreementId) {
    }

    private static final class Sum {
        long reads;
        long records;
        long bytes;
    }

    @Override
    public void metered(DSLContext tx, List<Read> reads) {
        Map<Key, Sum> sums = new HashMap<>();
        for (Read read : reads) {
            Sum sum = sums.computeIfAbsent(new Key(read.tenantId(), read.agreementId()), k -> new Sum());
            sum.reads++;
            sum.records += read.records();
            sum.bytes += read.bytes();
        }
        OffsetDateTime hour = hour();
        // In key order, so two batches never lock the same rows in opposite orders.
        sums.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Key::tenantId).thenComparing(Key::agreementId)))
                .forEach(e -> {
                    Key key = e.getKey();
                    Sum sum = e.getValue();
                    usage.add(tx, key.tenantId(), Metric.CONSENTED_READS, key.agreementId(), hour, BigDecimal.valueOf(sum.reads));
                    if (sum.records > 0) {
                        usage.add(tx, key.tenantId(), Metric.RECORDS_SERVED, key.agreementId(), hour, BigDecimal.valueOf(sum.records));
                    }
                    if (sum.bytes > 0) {
                        usage.add(tx, key.tenantId(), Metric.MEGABYTES_EXCHANGED, key.agreementId(), hour, megabytes(sum.bytes));
                    }
                });
    }

    /** One delivered record and the megabytes of its data, in the delivery's transaction (tenant scope). */
    public void delivered(DSLContext tx, UUID tenantId, UUID agreementId, long bytes) {
        OffsetDateTime hour = hour();
        usage.add(tx, tenantId, Metric.RECORDS_DELIVERED, agreementId, hour, BigDecimal.ONE);
        if (bytes > 0) {
            usage.add(tx, tenantId, Metric.MEGABYTES_EXCHANGED, agreementId, hour, megabytes(bytes));
        }
    }

    /** A declared transaction's value, in the declaration's transaction. */
    public void transaction(DSLContext tx, UUID tenantId, UUID agreementId, BigDecimal value) {
        usage.add(tx, tenantId, Metric.TRANSACTION_VALUE, agreementId, hour(), value);
    }

    /** Bytes as megabytes (10^6), to the column's six decimals: a byte is never lost to rounding. */
    static BigDecimal megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BYTES_PER_MEGABYTE, 6, RoundingMode.UNNECESSARY);
    }

    private OffsetDateTime hour() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
    }
}
