package org.hearth.tenants.billing.plans;

import java.util.List;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.Db;
import org.hearth.tenants.billing.pricing.PlanAssignment;

/** A tenant's own plans over time, for its console: what it is on and any change of plan to come. */
public final class PlanSchedule {

    private final Db db;
    private final PlanAssignmentRepository repository = new PlanAssignmentRepository();

    public PlanSchedule(Db db) {
        this.db = db;
    }

    /** The tenant's assignments, oldest first; empty when it never changed plan (it is on its registered plan throughout). */
    public List<PlanAssignment> assignments(TenantScope scope) {
        return db.read(scope, "plan_assignments.own", tx -> repository.assignments(tx, scope.tenantId()));
    }
}
