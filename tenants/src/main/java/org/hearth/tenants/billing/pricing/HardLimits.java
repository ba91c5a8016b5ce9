package org.hearth.tenants.billing.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a plan's hard limit refuses one more unit of a metric, and which plan lifts it: the
 * first plan of the catalogue (cheapest first) whose version in force that day has no limit on the
 * metric or one high enough. A refused unit is neither done nor counted (a 402 {@code plan_limit_reached}).
 */
public final class HardLimits {

    /** The answer for one more unit. */
    public sealed interface Decision {
    }

    /** The unit is allowed. */
    public record Allowed() implements Decision {
    }

    /** The unit is refused: the metric, the limit reached, and the plan that would allow it, if any. */
    public record Refused(Metric metric, BigDecimal limit, Optional<String> liftedBy) implements Decision {
    }

    private final PlanCatalogue catalogue;

    public HardLimits(PlanCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /**
     * Whether one more unit of {@code metric} is allowed on {@code planCode} on {@code day}, given the
     * period's {@code usedSoFar} per metric.
     */
    public Decision oneMore(String planCode, LocalDate day, Map<Metric, BigDecimal> usedSoFar, Metric metric) {
        PlanVersion version = versionOn(planCode, day)
                .orElseThrow(() -> new RatingRefused("plan " + planCode + " has no version in force on " + day));
        BigDecimal wanted = usedSoFar.getOrDefault(metric, BigDecimal.ZERO).add(BigDecimal.ONE);
        Optional<BigDecimal> limit = version.hardLimit(metric);
        if (limit.isEmpty() || wanted.compareTo(limit.get()) <= 0) {
            return new Allowed();
        }
        Optional<String> lifting = catalogue.plans().stream()
                .filter(p -> !p.code().equals(planCode))
                .filter(p -> p.versionOn(day).map(v -> v.hardLimit(metric).map(l -> wanted.compareTo(l) <= 0).orElse(true))
                        .orElse(false))
                .map(Plan::code)
                .findFirst();
        return new Refused(metric, limit.get(), lifting);
    }

    private Optional<PlanVersion> versionOn(String planCode, LocalDate day) {
        return catalogue.plan(planCode).flatMap(p -> p.versionOn(day));
    }
}
