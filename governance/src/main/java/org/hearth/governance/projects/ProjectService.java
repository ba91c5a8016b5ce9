package org.hearth.governance.projects;

import static org.hearth.schema.generated.governance.Tables.COMMUNITY_PROJECTS;
import static org.hearth.schema.generated.governance.Tables.PROJECT_ALLOCATIONS;
import static org.hearth.schema.generated.governance.Tables.PROJECT_SPENDING;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.governance.closing.ClosedYears;
import org.hearth.governance.ledger.ChartOfAccounts;
import org.hearth.governance.ledger.Entry;
import org.hearth.governance.ledger.FinancialYear;
import org.hearth.governance.ledger.LedgerService;
import org.hearth.governance.ledger.Line;
import org.hearth.governance.ledger.NewEntry;
import org.hearth.governance.reinvestment.AllocationExceedsRetainedException;
import org.hearth.governance.reinvestment.ProjectAllocation;
import org.hearth.governance.reinvestment.ProjectAllocations;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.money.Money;
import org.jooq.DSLContext;

/**
 * Named community projects, and the profit a closed year retained that is set aside for them:
 * booked from retained earnings to the reserve for community projects, and refused beyond what
 * the year retained (its result less what it paid out) and has not yet allocated.
 */
public final class ProjectService {

    public record Project(UUID id, String name, String description) {
    }

    /** A project with what has been set aside for it and what of that has been spent. */
    public record Standing(Project project, Money allocated, Money spent) {

        public Money available() {
            return allocated.minus(spent);
        }
    }

    private final Db db;
    private final LedgerService ledger;
    private final ClosedYears closedYears;

    public ProjectService(Db db, LedgerService ledger, ClosedYears closedYears) {
        this.db = db;
        this.ledger = ledger;
        this.closedYears = closedYears;
    }

    public Project create(String name, String description) {
        if (name == null || name.isBlank() || description == null || description.isBlank()) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "A project has a name and a description.");
        }
        Project project = new Project(Ids.newId(), name.strip(), description.strip());
        boolean created = db.tx("projects.create", tx -> tx.insertInto(COMMUNITY_PROJECTS).set(COMMUNITY_PROJECTS.ID, project.id())
                .set(COMMUNITY_PROJECTS.NAME, project.name()).set(COMMUNITY_PROJECTS.DESCRIPTION, project.description())
                .onConflictDoNothing().execute() == 1);
        if (!created) {
            throw new HearthException(ErrorCode.CONFLICT, "There is already a project named " + project.name() + ".");
        }
        return project;
    }

    /** Every project with its allocations and spending to date. */
    public List<Standing> standings() {
        return db.read("projects.standings", dsl -> projects().stream().map(p -> standing(dsl, p)).toList());
    }

    private Standing standing(DSLContext dsl, Project p) {
        java.math.BigDecimal allocated = dsl.select(org.jooq.impl.DSL.sum(PROJECT_ALLOCATIONS.AMOUNT)).from(PROJECT_ALLOCATIONS)
                .where(PROJECT_ALLOCATIONS.PROJECT_ID.eq(p.id())).fetchOne(0, java.math.BigDecimal.class);
        java.math.BigDecimal spent = dsl.select(org.jooq.impl.DSL.sum(PROJECT_SPENDING.AMOUNT)).from(PROJECT_SPENDING)
                .where(PROJECT_SPENDING.PROJECT_ID.eq(p.id())).fetchOne(0, java.math.BigDecimal.class);
        return new Standing(p, new Money(allocated == null ? java.math.BigDecimal.ZERO : allocated, ledger.currency()),
                new Money(spent == null ? java.math.BigDecimal.ZERO : spent, ledger.currency()));
    }

    /**
     * Spends on a project out of what was set aside for it: the expense is booked against cash,
     * and the same amount moves from the reserve for community projects back to retained
     * earnings, where the expense lands at closing. Never more than allocated and not yet spent.
     */
    public Entry spend(UUID projectId, LocalDate date, Money amount, String expenseAccount, String description, String justification, String by) {
        if (!amount.isPositive()) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "amount must be more than zero.");
        }
        return db.tx("projects.spend", tx -> {
            ledger.lockGovernance(tx);
            var row = tx.selectFrom(COMMUNITY_PROJECTS).where(COMMUNITY_PROJECTS.ID.eq(projectId)).fetchOptional()
                    .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "There is no project with this id."));
            Standing standing = standing(tx, new Project(row.getId(), row.getName(), row.getDescription()));
            if (amount.compareTo(standing.available()) > 0) {
                throw new HearthException(ErrorCode.OVER_ALLOCATION, "Only " + standing.available() + " set aside for " + row.getName()
                        + " is unspent.", Map.of("allocated", standing.allocated().amount().toPlainString(),
                        "spent", standing.spent().amount().toPlainString(), "available", standing.available().amount().toPlainString()));
            }
            var expense = ledger.account(tx, expenseAccount == null ? "" : expenseAccount).filter(a -> a.type() == org.hearth.governance.ledger.AccountType.EXPENSE
                            && (a.role() == null || !ChartOfAccounts.RULE_ONLY.contains(a.role())))
                    .orElseThrow(() -> new HearthException(ErrorCode.VALIDATION_FAILED, "expenseAccount must be the code of an ordinary expense account."));
            Entry entry = ledger.postIn(tx, new NewEntry(date, "project_spending", description == null || description.isBlank()
                    ? "Spending on " + row.getName() : description.strip(), justification == null || justification.isBlank()
                    ? "Community project " + projectId : justification.strip(), List.of(
                    Line.debit(expense.code(), amount),
                    Line.credit(ledger.accountWithRole(tx, ChartOfAccounts.CASH).code(), amount),
                    Line.debit(ledger.accountWithRole(tx, ChartOfAccounts.PROJECTS_RESERVE).code(), amount),
                    Line.credit(ledger.accountWithRole(tx, ChartOfAccounts.RETAINED_EARNINGS).code(), amount))), by, null);
            tx.insertInto(PROJECT_SPENDING).set(PROJECT_SPENDING.ID, Ids.newId()).set(PROJECT_SPENDING.PROJECT_ID, projectId)
                    .set(PROJECT_SPENDING.SPENT_ON, date).set(PROJECT_SPENDING.AMOUNT, amount.amount())
                    .set(PROJECT_SPENDING.EXPENSE_ACCOUNT, expense.code()).set(PROJECT_SPENDING.ENTRY_ID, entry.id()).execute();
            return entry;
        });
    }

    public List<Project> projects() {
        return db.read("projects.list", dsl -> dsl.selectFrom(COMMUNITY_PROJECTS).orderBy(COMMUNITY_PROJECTS.CREATED_AT)
                .fetch(r -> new Project(r.getId(), r.getName(), r.getDescription())));
    }

    /** What a closed year retained, and what of it is allocated to projects. */
    public ProjectAllocations allocations(DSLContext dsl, FinancialYear year) {
        Money retained = year.surplus().minus(closedYears.paidOut(dsl, year.id())).max(Money.zero(ledger.currency()));
        List<ProjectAllocation> made = dsl.select(COMMUNITY_PROJECTS.NAME, PROJECT_ALLOCATIONS.AMOUNT, PROJECT_ALLOCATIONS.ENTRY_ID)
                .from(PROJECT_ALLOCATIONS).join(COMMUNITY_PROJECTS).on(COMMUNITY_PROJECTS.ID.eq(PROJECT_ALLOCATIONS.PROJECT_ID))
                .where(PROJECT_ALLOCATIONS.YEAR_ID.eq(year.id()))
                .fetch(r -> new ProjectAllocation(r.value1(), new Money(r.value2(), ledger.currency()), year.endsOn()));
        return ProjectAllocations.of(retained, made);
    }

    public Entry allocate(UUID projectId, UUID yearId, LocalDate date, Money amount, String by) {
        if (!amount.isPositive()) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "amount must be more than zero.");
        }
        return db.tx("projects.allocate", tx -> {
            ledger.lockGovernance(tx);
            FinancialYear year = ledger.lockYear(tx, yearId);
            if (year.open()) {
                throw new HearthException(ErrorCode.CONFLICT, "Allocate what a year retained once it is closed.");
            }
            var project = tx.selectFrom(COMMUNITY_PROJECTS).where(COMMUNITY_PROJECTS.ID.eq(projectId)).fetchOptional()
                    .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "There is no project with this id."));
            ProjectAllocations state = allocations(tx, year);
            try {
                state.allocate(new ProjectAllocation(project.getName(), amount, date));
            } catch (AllocationExceedsRetainedException e) {
                throw new HearthException(ErrorCode.OVER_ALLOCATION, e.getMessage(), Map.of("retained", state.retained().amount().toPlainString(),
                        "allocated", state.allocated().amount().toPlainString(), "unallocated", state.unallocated().amount().toPlainString()));
            }
            // What a year retained may since have gone to reserves or later payouts: never allocate
            // more than retained earnings actually hold.
            Money available = ledger.balanceOf(tx, ChartOfAccounts.RETAINED_EARNINGS, null);
            if (amount.compareTo(available) > 0) {
                throw new HearthException(ErrorCode.OVER_ALLOCATION, "Retained earnings hold " + available + " now.",
                        Map.of("retainedEarnings", available.amount().toPlainString(), "unallocated", state.unallocated().amount().toPlainString()));
            }
            Entry entry = ledger.postIn(tx, new NewEntry(date, "project_allocation", "Allocation to " + project.getName()
                    + " from the profit retained in the year " + year.startsOn(), "Community project " + projectId, List.of(
                    Line.debit(ledger.accountWithRole(tx, ChartOfAccounts.RETAINED_EARNINGS).code(), amount),
                    Line.credit(ledger.accountWithRole(tx, ChartOfAccounts.PROJECTS_RESERVE).code(), amount))), by, null);
            tx.insertInto(PROJECT_ALLOCATIONS).set(PROJECT_ALLOCATIONS.ID, Ids.newId()).set(PROJECT_ALLOCATIONS.PROJECT_ID, projectId)
                    .set(PROJECT_ALLOCATIONS.YEAR_ID, yearId).set(PROJECT_ALLOCATIONS.AMOUNT, amount.amount())
                    .set(PROJECT_ALLOCATIONS.ENTRY_ID, entry.id()).execute();
            return entry;
        });
    }
}
