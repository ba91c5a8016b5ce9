package org.hearth.tenants.billing.usage;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * hard limits (standard, enterprise) costs no query at all. Concurrent acts at the very edge may
 * pass together (the check reads committed usage); the limit is a sandbox's fence, not a quota
 * enforced to the unit.
 */
public final class UsageLimits {

    private final Db db;
    private final PlanPrices prices;
    private final Clock clock;
    private final UsageRepository usage = new UsageRepository();

    public UsageLimits(Db db, PlanPrices prices, Clock clock) {
        this.db = db;
        this.prices = prices;
        this.clock = clock;
    }

    /** Refuses the act if one more unit of any of {@code metrics} would pass the plan's limit this month. */
    public void allowOneMore(TenantScope scope, String planCode, List<Metric> metrics) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Optional<PlanVersion> version = prices.catalogue().plan(planCode).flatMap(p -> p.versionOn(today));
        if (version.isEmpty() || metrics.stream().noneMatch(m -> version.get().hardLimit(m).isPresent())) {
            return;
        }
        Map<Metric, BigDecimal> used = db.read(scope, "usage.so_far", dsl -> usage.totals(dsl, scope,
                today.withDayOfMonth(1).atStartOfDay().atOffset(ZoneOffset.UTC), today.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)));
        HardLimits limits = new HardLimits(prices.catalogue());
        for (Metric metric : metrics) {
            if (limits.oneMore(planCode, today, used, metric) instanceof HardLimits.Refused refused) {
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
}
