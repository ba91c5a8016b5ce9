package org.hearth.tenants.billing.pricing;

import java.util.List;
import java.util.Optional;

/** The plans on offer, in the order they are offered (cheapest first: the order in which a lifting plan is looked for). */
public record PlanCatalogue(List<Plan> plans) {

    public PlanCatalogue {
        plans = List.copyOf(plans);
    }

    public Optional<Plan> plan(String code) {
        return plans.stream().filter(p -> p.code().equals(code)).findFirst();
    }
}
