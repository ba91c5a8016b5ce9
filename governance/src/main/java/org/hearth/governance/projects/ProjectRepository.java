package org.hearth.governance.projects;

import static org.hearth.schema.generated.governance.Tables.COMMUNITY_PROJECTS;
import static org.hearth.schema.generated.governance.Tables.PROJECT_ALLOCATIONS;
import static org.hearth.schema.generated.governance.Tables.PROJECT_SPENDING;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.governance.reinvestment.ProjectAllocation;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.money.Money;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Community projects, what was allocated to each from a year's retained profit, and what was spent. */
final class ProjectRepository {

    /** False when a project of the same name exists. */
    boolean insert(DSLContext tx, ProjectService.Project p) {
        return tx.insertInto(COMMUNITY_PROJECTS).set(COMMUNITY_PROJECTS.ID, p.id()).set(COMMUNITY_PROJECTS.NAME, p.name())
                .set(COMMUNITY_PROJECTS.DESCRIPTION, p.description()).onConflictDoNothing().execute() == 1;
    }

    List<ProjectService.Project> projects(DSLContext dsl) {
        return dsl.selectFrom(COMMUNITY_PROJECTS).orderBy(COMMUNITY_PROJECTS.CREATED_AT)
                .fetch(r -> new ProjectService.Project(r.getId(), r.getName(), r.getDescription()));
    }

    Optional<ProjectService.Project> project(DSLContext dsl, UUID id) {
        return dsl.selectFrom(COMMUNITY_PROJECTS).where(COMMUNITY_PROJECTS.ID.eq(id)).fetchOptional()
                .map(r -> new ProjectService.Project(r.getId(), r.getName(), r.getDescription()));
    }

    Money allocated(DSLContext dsl, UUID projectId, Currency currency) {
        return money(dsl.select(DSL.sum(PROJECT_ALLOCATIONS.AMOUNT)).from(PROJECT_ALLOCATIONS)
                .where(PROJECT_ALLOCATIONS.PROJECT_ID.eq(projectId)).fetchOne(0, BigDecimal.class), currency);
    }

    Money spent(DSLContext dsl, UUID projectId, Currency currency) {
        return money(dsl.select(DSL.sum(PROJECT_SPENDING.AMOUNT)).from(PROJECT_SPENDING)
                .where(PROJECT_SPENDING.PROJECT_ID.eq(projectId)).fetchOne(0, BigDecimal.class), currency);
    }

    /** The allocations made from a year's retained profit, dated the year's last day. */
    List<ProjectAllocation> allocationsOfYear(DSLContext dsl, UUID yearId, LocalDate yearEnd, Currency currency) {
        return dsl.select(COMMUNITY_PROJECTS.NAME, PROJECT_ALLOCATIONS.AMOUNT)
                .from(PROJECT_ALLOCATIONS).join(COMMUNITY_PROJECTS).on(COMMUNITY_PROJECTS.ID.eq(PROJECT_ALLOCATIONS.PROJECT_ID))
                .where(PROJECT_ALLOCATIONS.YEAR_ID.eq(yearId))
                .fetch(r -> new ProjectAllocation(r.value1(), new Money(r.value2(), currency), yearEnd));
    }

    void insertAllocation(DSLContext tx, UUID projectId, UUID yearId, Money amount, UUID entryId) {
        tx.insertInto(PROJECT_ALLOCATIONS).set(PROJECT_ALLOCATIONS.ID, Ids.newId()).set(PROJECT_ALLOCATIONS.PROJECT_ID, projectId)
                .set(PROJECT_ALLOCATIONS.YEAR_ID, yearId).set(PROJECT_ALLOCATIONS.AMOUNT, amount.amount())
                .set(PROJECT_ALLOCATIONS.ENTRY_ID, entryId).execute();
    }

    void insertSpending(DSLContext tx, UUID projectId, LocalDate on, Money amount, String expenseAccount, UUID entryId) {
        tx.insertInto(PROJECT_SPENDING).set(PROJECT_SPENDING.ID, Ids.newId()).set(PROJECT_SPENDING.PROJECT_ID, projectId)
                .set(PROJECT_SPENDING.SPENT_ON, on).set(PROJECT_SPENDING.AMOUNT, amount.amount())
                .set(PROJECT_SPENDING.EXPENSE_ACCOUNT, expenseAccount).set(PROJECT_SPENDING.ENTRY_ID, entryId).execute();
    }

    private static Money money(BigDecimal value, Currency currency) {
        return new Money(value == null ? BigDecimal.ZERO : value, currency);
    }
}
