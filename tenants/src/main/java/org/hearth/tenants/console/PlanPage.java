package org.hearth.tenants.console;

import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.tenants.billing.plans.PlanSchedule;
import org.hearth.tenants.billing.pricing.HardLimits;
import org.hearth.tenants.billing.pricing.Metric;
import org.hearth.tenants.billing.pricing.PlanAssignment;
import org.hearth.tenants.billing.pricing.PlanCatalogue;
import org.hearth.tenants.billing.pricing.PlanVersion;
import org.hearth.tenants.billing.usage.PlanPrices;
import org.hearth.tenants.clients.TenantCalls;
import org.hearth.web.pages.Messages;

/** {@code /console/plan}: the plan the organisation is on today, its price list in words, its limits, and changes of plan to come. */
final class PlanPage {

    private final ConsoleContext kit;
    private final TenantCalls tenants;
    private final PlanPrices prices;
    private final PlanSchedule schedule;
    private final Clock clock;

    PlanPage(ConsoleContext kit, TenantCalls tenants, PlanPrices prices, PlanSchedule schedule, Clock clock) {
        this.kit = kit;
        this.tenants = tenants;
        this.prices = prices;
        this.schedule = schedule;
        this.clock = clock;
    }

    void show(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        TenantScope scope = kit.tenant(rc);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        PlanCatalogue catalogue = prices.catalogue();
        List<PlanAssignment> assignments = schedule.assignments(scope);
        String code = assignments.stream().filter(a -> !a.from().isAfter(today)).reduce((a, b) -> b).map(PlanAssignment::planCode)
                .orElse(tenants.consoleTenant(rc).plan());
        String since = assignments.stream().filter(a -> !a.from().isAfter(today)).reduce((a, b) -> b).map(a -> m.date(a.from())).orElse(null);
        List<String> changes = assignments.stream().filter(a -> a.from().isAfter(today))
                .map(a -> m.t("con.plan.change", m.date(a.from()), name(catalogue, a.planCode(), m))).toList();
        Optional<PlanVersion> version = catalogue.plan(code).flatMap(p -> p.versionOn(today));
        PriceWords words = new PriceWords(m);
        List<BillingModels.Component> components = version.map(v -> v.components().stream().map(c -> words.component(c, v.currency())).toList())
                .orElse(List.of());
        String commitment = version.flatMap(PlanVersion::minimumCommitment).map(c -> m.t("con.plan.commitment", m.money(c))).orElse(null);
        List<String> limits = version.map(v -> limits(v, code, today, catalogue, words, m)).orElse(List.of());
        kit.send(rc, m, m.t("nav.console.plan"), "plan.jte", new BillingModels.Plan(m, name(catalogue, code, m), since, components, commitment,
                limits, changes, components.isEmpty()));
    }

    /** Each hard limit in words, with the plan that lifts it (the one a refused act names). */
    private static List<String> limits(PlanVersion version, String code, LocalDate today, PlanCatalogue catalogue, PriceWords words, Messages m) {
        List<String> limits = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            version.hardLimit(metric).ifPresent(limit -> {
                var decision = new HardLimits(catalogue).oneMore(code, today, Map.of(metric, limit), metric);
                String quantity = words.quantity(metric, limit, version.currency());
                limits.add(decision instanceof HardLimits.Refused refused && refused.liftedBy().isPresent()
                        ? m.t("con.plan.limitLifted", quantity, name(catalogue, refused.liftedBy().get(), m))
                        : m.t("con.plan.limit", quantity));
            });
        }
        return limits;
    }

    static String name(PlanCatalogue catalogue, String code, Messages m) {
        return catalogue.plan(code).map(p -> p.name(m.language())).orElse(code);
    }
}
