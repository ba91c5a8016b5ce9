package org.hearth.governance.projects;


import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.governance.closing.ClosedYears;
import org.hearth.governance.ledger.ChartOfAccounts;
import org.hearth.governance.ledger.Entry;
import org.hearth.governance.ledger.EntryKind;
import org.hearth.governance.ledger.FinancialYear;
import org.hearth.governance.ledger.Ledger;
import org.hearth.governance.ledger.Line;
import org.hearth.governance.ledger.NewEntry;
import org.hearth.governance.reinvestment.AllocationExceedsRetainedException;
import org.hearth.governance.reinvestment.ProjectAllocation;
import org.hearth.governance.reinvestment.ProjectAllocations;
import org.hearth.kernel.actor.CallContext;
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
    private final Ledger ledger;
    private final ClosedYears closedYears;
    private final ProjectRepository repository = new ProjectRepository();

    public ProjectService(Db db, Ledger ledger, ClosedYears closedYears) {
        this.db = db;
        this.ledger = ledger;
        this.closedYears = closedYears;
    }

    public Project create(CallContext ctx, String name, String description) {
        if (name == null || name.isBlank() || description == null || description.isBlank()) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "A project has a name and a description.");
        }
        Project project = new Project(Ids.newId(), name.strip(), description.strip());
        boolean created = db.write(ctx, tx -> repository.insert(tx, project));
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
        return new Standing(p, repository.allocated(dsl, p.id(), ledger.currency()), repository.spent(dsl, p.id(), ledger.currency()));
    }

    /**
     * Spends on a project out of what was set aside for it: the expense is booked against cash,
     * and the same amount moves from the reserve for community projects back to retained
     * earnings, where the expense lands at closing. Never more than allocated and not yet spent.
     */
    public Entry spend(CallContext ctx, UUID projectId, LocalDate date, Money amount, String expenseAccount, String description, String justification) {
        if (!amount.isPositive()) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "amount must be more than zero.");
        }
        return db.write(ctx, tx -> {
            ledger.postings().lockGovernance(tx);
            Project row = repository.project(tx, projectId)
                    .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "There is no project with this id."));
            Standing standing = standing(tx, row);
            if (amount.compareTo(standing.available()) > 0) {
                throw new HearthException(ErrorCode.OVER_ALLOCATION, "Only " + standing.available() + " set aside for " + row.name()
                        + " is unspent.", Map.of("allocated", standing.allocated().amount().toPlainString(),
                        "spent", standing.spent().amount().toPlainString(), "available", standing.available().amount().toPlainString()));
            }
            var expense = ledger.accounts().account(tx, expenseAccount == null ? "" : expenseAccount).filter(a -> a.type() == org.hearth.governance.ledger.AccountType.EXPENSE
                            && (a.role() == null || !ChartOfAccounts.RULE_ONLY.contains(a.role())))
                    .orElseThrow(() -> new HearthException(ErrorCode.VALIDATION_FAILED, "expenseAccount must be the code of an ordinary expense account."));
            Entry entry = ledger.postings().postIn(tx, ctx, new NewEntry(date, EntryKind.PROJECT_SPENDING, description == null || description.isBlank()
                    ? "Spending on " + row.name() : description.strip(), justification == null || justification.isBlank()
                    ? "Community project " + projectId : justification.strip(), List.of(
                    Line.debit(expense.code(), amount),
                    Line.credit(ledger.accounts().withRole(tx, ChartOfAccounts.CASH).code(), amount),
                    Line.debit(ledger.accounts().withRole(tx, ChartOfAccounts.PROJECTS_RESERVE).code(), amount),
                    Line.credit(ledger.accounts().withRole(tx, ChartOfAccounts.RETAINED_EARNINGS).code(), amount))));
            repository.insertSpending(tx, projectId, date, amount, expense.code(), entry.id());
            return entry;
        });
    }

    public List<Project> projects() {
        return db.read("projects.list", repository::projects);
    }

    /** What a closed year retained, and what of it is allocated to projects. */
    public ProjectAllocations allocations(DSLContext dsl, FinancialYear year) {
        Money retained = year.surplus().minus(closedYears.paidOut(dsl, year.id())).max(Money.zero(ledger.currency()));
        List<ProjectAllocation> made = repository.allocationsOfYear(dsl, year.id(), year.endsOn(), ledger.currency());
        return ProjectAllocations.of(retained, made);
    }

    public Entry allocate(CallContext ctx, UUID projectId, UUID yearId, LocalDate date, Money amount) {
        if (!amount.isPositive()) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "amount must be more than zero.");
        }
        return db.write(ctx, tx -> {
            ledger.postings().lockGovernance(tx);
            FinancialYear year = ledger.years().lockYear(tx, yearId);
            if (year.open()) {
                throw new HearthException(ErrorCode.CONFLICT, "Allocate what a year retained once it is closed.");
            }
            Project project = repository.project(tx, projectId)
                    .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "There is no project with this id."));
            ProjectAllocations state = allocations(tx, year);
            try {
                state.allocate(new ProjectAllocation(project.name(), amount, date));
            } catch (AllocationExceedsRetainedException e) {
                throw new HearthException(ErrorCode.OVER_ALLOCATION, e.getMessage(), Map.of("retained", state.retained().amount().toPlainString(),
                        "allocated", state.allocated().amount().toPlainString(), "unallocated", state.unallocated().amount().toPlainString()));
            }
            // What a year retained may since have gone to reserves or later payouts: never allocate
            // more than retained earnings actually hold.
            Money available = ledger.statements().balanceOf(tx, ChartOfAccounts.RETAINED_EARNINGS, null);
            if (amount.compareTo(available) > 0) {
                throw new HearthException(ErrorCode.OVER_ALLOCATION, "Retained earnings hold " + available + " now.",
                        Map.of("retainedEarnings", available.amount().toPlainString(), "unallocated", state.unallocated().amount().toPlainString()));
            }
            Entry entry = ledger.postings().postIn(tx, ctx, new NewEntry(date, EntryKind.PROJECT_ALLOCATION, "Allocation to " + project.name()
                    + " from the profit retained in the year " + year.startsOn(), "Community project " + projectId, List.of(
                    Line.debit(ledger.accounts().withRole(tx, ChartOfAccounts.RETAINED_EARNINGS).code(), amount),
                    Line.credit(ledger.accounts().withRole(tx, ChartOfAccounts.PROJECTS_RESERVE).code(), amount))));
            repository.insertAllocation(tx, projectId, yearId, amount, entry.id());
            return entry;
        });
    }
}
