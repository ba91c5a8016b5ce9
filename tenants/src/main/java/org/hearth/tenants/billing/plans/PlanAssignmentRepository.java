package org.hearth.tenants.billing.plans;

import static org.hearth.schema.generated.tenants.Tables.INVOICES;
import static org.hearth.schema.generated.tenants.Tables.PLAN_ASSIGNMENTS;
import static org.hearth.schema.generated.tenants.Tables.TENANTS_;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.kernel.db.Tenancy;
import org.hearth.tenants.billing.pricing.PlanAssignment;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Plan assignments and what they are checked against. jOOQ only. */
final class PlanAssignmentRepository {

    /** The tenant's plan and registration day, its row locked for the change. */
    record Current(String plan, LocalDate registered) {
    }

    Optional<Current> lockTenant(DSLContext tx, UUID tenantId) {
        return tx.select(TENANTS_.PLAN, TENANTS_.CREATED_AT).from(TENANTS_).where(TENANTS_.ID.eq(tenantId)).forUpdate()
                .fetchOptional(r -> new Current(r.value1(), r.value2().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()));
    }

    /** The day after the last period invoiced to the tenant, if any was. */
    Optional<LocalDate> invoicedUntil(DSLContext tx, UUID tenantId) {
        return Optional.ofNullable(tx.select(DSL.max(INVOICES.PERIOD_END)).from(INVOICES).where(Tenancy.ofTenant(INVOICES, tenantId))
                .fetchSingle().value1());
    }

    List<PlanAssignment> assignments(DSLContext tx, UUID tenantId) {
        return tx.select(PLAN_ASSIGNMENTS.PLAN_CODE, PLAN_ASSIGNMENTS.FROM_DATE).from(PLAN_ASSIGNMENTS)
                .where(Tenancy.ofTenant(PLAN_ASSIGNMENTS, tenantId)).orderBy(PLAN_ASSIGNMENTS.FROM_DATE)
                .fetch(r -> new PlanAssignment(r.value1(), r.value2()));
    }

    /** Records {@code plan} from {@code from}, replacing the tenant's assignments from that day on. */
    void assign(DSLContext tx, UUID tenantId, String plan, LocalDate from) {
        tx.deleteFrom(PLAN_ASSIGNMENTS).where(Tenancy.ofTenant(PLAN_ASSIGNMENTS, tenantId)).and(PLAN_ASSIGNMENTS.FROM_DATE.ge(from)).execute();
        tx.insertInto(PLAN_ASSIGNMENTS).set(PLAN_ASSIGNMENTS.TENANT_ID, tenantId).set(PLAN_ASSIGNMENTS.FROM_DATE, from)
                .set(PLAN_ASSIGNMENTS.PLAN_CODE, plan).execute();
    }

    /** A tenant whose assignments put it on {@code plan} today, while its current plan is another. */
    record Due(UUID tenantId, String plan) {
    }

    /** Across tenants (the system scope): each tenant's assignment in force today, where its current plan differs. */
    List<Due> dueChanges(DSLContext tx, LocalDate today) {
        var inForce = PLAN_ASSIGNMENTS.as("in_force");
        return tx.select(PLAN_ASSIGNMENTS.TENANT_ID, PLAN_ASSIGNMENTS.PLAN_CODE).from(PLAN_ASSIGNMENTS)
                .join(TENANTS_).on(TENANTS_.ID.eq(PLAN_ASSIGNMENTS.TENANT_ID))
                .where(PLAN_ASSIGNMENTS.FROM_DATE.eq(DSL.select(DSL.max(inForce.FROM_DATE)).from(inForce)
                        .where(inForce.TENANT_ID.eq(PLAN_ASSIGNMENTS.TENANT_ID)).and(inForce.FROM_DATE.le(today))))
                .and(TENANTS_.PLAN.ne(PLAN_ASSIGNMENTS.PLAN_CODE))
                .orderBy(PLAN_ASSIGNMENTS.TENANT_ID)
                .fetch(r -> new Due(r.value1(), r.value2()));
    }

    void setCurrent(DSLContext tx, UUID tenantId, String plan) {
        tx.update(TENANTS_).set(TENANTS_.PLAN, plan).where(TENANTS_.ID.eq(tenantId)).execute();
    }
}
