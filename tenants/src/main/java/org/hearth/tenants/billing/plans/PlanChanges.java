package org.hearth.tenants.billing.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.tenants.billing.pricing.PlanAssignment;
import org.hearth.tenants.billing.pricing.PlanCatalogue;

/**
 * A tenant changes plan from a date. Refused (422, nothing changed) for a plan not on offer, a
 * day before the tenant registered, or a day inside a period already invoiced (its prices are
 * settled). The tenant's current plan is updated when the day has come.
 */
public final class PlanChanges {

    private final Db db;
    private final PlanAssignmentRepository repository = new PlanAssignmentRepository();
    private final PlanCatalogue catalogue;
    private final Clock clock;

    public PlanChanges(Db db, PlanCatalogue catalogue, Clock clock) {
        this.db = db;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** The tenant's assignments after the change, oldest first. */
    public List<PlanAssignment> change(CallContext ctx, UUID tenantId, String plan, LocalDate from) {
        if (catalogue.plan(plan).isEmpty()) {
            throw new HearthException(ErrorCode.INVOICE_RULE, "There is no plan " + plan + ".");
        }
        return db.system(ctx, tx -> {
            var current = repository.lockTenant(tx, tenantId)
                    .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "There is no tenant with this id."));
            if (from.isBefore(current.registered())) {
                throw new HearthException(ErrorCode.INVOICE_RULE, "The tenant registered on " + current.registered() + "; a plan starts on or after it.");
            }
            repository.invoicedUntil(tx, tenantId).filter(until -> from.isBefore(until)).ifPresent(until -> {
                throw new HearthException(ErrorCode.INVOICE_RULE, "The tenant is invoiced until " + until.minusDays(1)
                        + "; a change of plan starts on " + until + " or later.");
            });
            if (repository.assignments(tx, tenantId).isEmpty()) {
                repository.assign(tx, tenantId, current.plan(), current.registered());
            }
            repository.assign(tx, tenantId, plan, from);
            if (!from.isAfter(LocalDate.now(clock))) {
                repository.setCurrent(tx, tenantId, plan);
            }
            return repository.assignments(tx, tenantId);
        });
    }
}
