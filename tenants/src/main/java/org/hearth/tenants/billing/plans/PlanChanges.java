package org.hearth.tenants.billing.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.tenants.billing.pricing.PlanAssignment;
import org.hearth.tenants.billing.pricing.PlanCatalogue;

/**
 * A tenant changes plan from a date. Refused (422, nothing changed) for a plan not on offer, a
 * day before the tenant registered, or a day inside a period already invoiced (its prices are
 * settled). The tenant's current plan ({@code tenants.tenants.plan}) is set when the day has come:
 * by the change itself when it starts today or earlier, otherwise by {@link #applyDue}, the billing
 * worker's daily pass. A change dated in the future never flips the current plan early.
 */
public final class PlanChanges {

    private final Db db;
    private final PlanAssignmentRepository repository = new PlanAssignmentRepository();
    private final Supplier<PlanCatalogue> catalogue;
    private final Clock clock;

    public PlanChanges(Db db, PlanCatalogue catalogue, Clock clock) {
        this(db, () -> catalogue, clock);
    }

    /** Changes checked against the catalogue as it is at each change (the stored plans). */
    public PlanChanges(Db db, Supplier<PlanCatalogue> catalogue, Clock clock) {
        this.db = db;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * Sets each tenant's current plan to the one its assignments put it on today, where they
     * differ. A platform job: audited only when it changes a tenant, so the worker's polls leave no
     * trail on the days nothing is due. The number of tenants changed.
     */
    public int applyDue(CallContext ctx) {
        LocalDate today = LocalDate.now(clock);
        return db.job(ctx, tx -> {
            var due = repository.dueChanges(tx, today);
            due.forEach(d -> repository.setCurrent(tx, d.tenantId(), d.plan()));
            return due.size();
        });
    }

    /** The tenant's assignments after the change, oldest first. */
    public List<PlanAssignment> change(CallContext ctx, UUID tenantId, String plan, LocalDate from) {
        if (plan == null || catalogue.get().plan(plan).isEmpty()) {
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
