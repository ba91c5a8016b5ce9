package org.hearth.tenants.billing.usage;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.tenants.billing.pricing.HardLimits;
import org.hearth.tenants.billing.pricing.Metric;
import org.hearth.tenants.billing.pricing.PlanVersion;

/**
 * A plan's hard limits, checked before an act: past one, 402 {@code plan_limit_reached} naming
 * the limit and the plan that lifts it, and the act is neither done nor counted. A plan without
 * hard limits (standard, enterprise) costs no query at all.
 *
 * <p>Limits on acts counted one by one (consented reads, records delivered) hold to the unit:
 * the act first takes a unit from the month's counter ({@code tenants.limit_counters}, in its own
 * transaction, the row lock making concurrent takes wait in turn), and gives it back if it then
 * fails. Limits on amounts known only after the act (megabytes exchanged) or accrued with time
 * (agreement-days) are a fence: the act is refused once committed usage has reached them.
 */
public final class UsageLimits {

    /** Metrics an act adds exactly one unit of, so a unit can be taken before it. */
    private static final Set<Metric> PER_ACT = EnumSet.of(Metric.CONSENTED_READS, Metric.RECORDS_DELIVERED);
    private static final String TAKE = "usage.limit_take";
    private static final String GIVE_BACK = "usage.limit_give_back";

    /** The units an act holds while it runs. */
    @FunctionalInterface
    public interface Held {
        /** Holds nothing: the plan has no per-act limit on the act's metrics. */
        Held NOTHING = () -> { };

        /** Gives the units back: the act failed and did nothing. */
        void giveBack();
    }

    private final Db db;
    private final PlanPrices prices;
    private final Clock clock;
    private final UsageRepository usage = new UsageRepository();
    private final LimitCounterRepository counters = new LimitCounterRepository();

    public UsageLimits(Db db, PlanPrices prices, Clock clock) {
        this.db = db;
        this.prices = prices;
        this.clock = clock;
    }

    /**
     * Refuses the act if one more unit of any of {@code metrics} would pass the plan's limit this
     * month; otherwise takes a unit of each per-act metric, which the caller gives back if the act fails.
     */
    public Held take(CallContext ctx, TenantScope scope, String planCode, List<Metric> metrics) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Optional<PlanVersion> version = prices.catalogue().plan(planCode).flatMap(p -> p.versionOn(today));
        if (version.isEmpty() || metrics.stream().noneMatch(m -> version.get().hardLimit(m).isPresent())) {
            return Held.NOTHING;
        }
        LocalDate month = today.withDayOfMonth(1);
        Map<Metric, BigDecimal> used = db.read(scope, "usage.so_far", dsl -> usage.totals(dsl, scope,
                month.atStartOfDay().atOffset(ZoneOffset.UTC), today.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)));
        HardLimits limits = new HardLimits(prices.catalogue());
        List<Metric> toTake = new ArrayList<>();
        for (Metric metric : metrics) {
            Optional<BigDecimal> limit = version.get().hardLimit(metric);
            if (limit.isEmpty()) {
                continue;
            }
            if (PER_ACT.contains(metric)) {
                // The counter, when started, knows better than committed usage (reads in flight have taken theirs).
                db.read(scope, "usage.limit_counter", dsl -> counters.used(dsl, scope, month, metric)).ifPresent(n -> used.put(metric, n));
                toTake.add(metric);
            }
            refuseIfPast(limits.oneMore(planCode, today, used, metric), planCode);
        }
        if (toTake.isEmpty()) {
            return Held.NOTHING;
        }
        db.write(ctx.as(TAKE), scope, tx -> {
            for (Metric metric : toTake) {
                counters.start(tx, scope, month, metric);
                if (!counters.take(tx, scope, month, metric, version.get().hardLimit(metric).orElseThrow())) {
                    // Another act took the last unit meanwhile: this one is refused, and nothing stays taken.
                    refuseIfPast(limits.oneMore(planCode, today, Map.of(metric, version.get().hardLimit(metric).orElseThrow()), metric), planCode);
                }
            }
            return null;
        });
        return () -> db.write(ctx.as(GIVE_BACK), scope, tx -> {
            toTake.forEach(metric -> counters.giveBack(tx, scope, month, metric));
            return null;
        });
    }

    private static void refuseIfPast(HardLimits.Decision decision, String planCode) {
        if (decision instanceof HardLimits.Refused refused) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("limit", refused.metric().code());
            extensions.put("limitValue", refused.limit().toPlainString());
            extensions.put("plan", planCode);
            refused.liftedBy().ifPresent(p -> extensions.put("liftedBy", p));
            throw new HearthException(ErrorCode.PLAN_LIMIT_REACHED, "The " + planCode + " plan allows " + refused.limit().toPlainString() + " "
                    + refused.metric().code() + " a month and this month's are used"
                    + refused.liftedBy().map(p -> "; the " + p + " plan lifts this limit.").orElse("; no plan lifts this limit."), extensions);
        }
    }
}
