package org.hearth.governance.ledger;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.UUID;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.money.Money;
import org.jooq.DSLContext;

/** Financial years: opened in order from the charter's year start, locked by closing. */
public final class FinancialYears {

    private final Db db;
    private final MonthDay yearStart;
    private final LedgerRepository repository;

    FinancialYears(Db db, MonthDay yearStart, LedgerRepository repository) {
        this.db = db;
        this.yearStart = yearStart;
        this.repository = repository;
    }

    public List<FinancialYear> years() {
        return db.read("ledger.years", repository::years);
    }

    public FinancialYear year(UUID id) {
        return db.read("ledger.year", dsl -> repository.year(dsl, id))
                .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "There is no financial year with this id."));
    }

    /**
     * Opens the year starting on {@code startsOn}, which must be a charter year start. Years
     * follow each other without gaps: the first may start anywhere, each later one the day after
     * the last ends.
     */
    public FinancialYear openYear(CallContext ctx, LocalDate startsOn) {
        if (startsOn == null || !MonthDay.from(startsOn).equals(yearStart)) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "A financial year starts on the charter's year start ("
                    + yearStart.getMonthValue() + "-" + yearStart.getDayOfMonth() + ").");
        }
        return db.write(ctx, tx -> {
            List<FinancialYear> years = repository.years(tx);
            if (years.stream().anyMatch(y -> y.startsOn().equals(startsOn))) {
                throw new HearthException(ErrorCode.CONFLICT, "The year starting " + startsOn + " is already open or closed.");
            }
            if (!years.isEmpty() && !years.getLast().endsOn().plusDays(1).equals(startsOn)) {
                throw new HearthException(ErrorCode.CONFLICT, "The next year to open starts on " + years.getLast().endsOn().plusDays(1) + ".");
            }
            UUID id = Ids.newId();
            repository.insertYear(tx, id, startsOn, startsOn.plusYears(1).minusDays(1));
            return repository.year(tx, id).orElseThrow();
        });
    }

    /** Used by closing: the year, locked against concurrent postings and closings. */
    public FinancialYear lockYear(DSLContext tx, UUID id) {
        FinancialYear year = repository.year(tx, id)
                .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "There is no financial year with this id."));
        return repository.lockYearContaining(tx, year.startsOn(), true).orElseThrow();
    }

    public List<FinancialYear> years(DSLContext dsl) {
        return repository.years(dsl);
    }

    public void markClosed(DSLContext tx, CallContext ctx, UUID id, Money surplus) {
        repository.markClosed(tx, id, surplus, ctx.actor().ref());
    }

    public void openNextIfMissing(DSLContext tx, FinancialYear closed) {
        LocalDate next = closed.endsOn().plusDays(1);
        if (repository.years(tx).stream().noneMatch(y -> y.startsOn().equals(next))) {
            repository.insertYear(tx, Ids.newId(), next, next.plusYears(1).minusDays(1));
        }
    }

    public boolean recordAnnualReportApproval(DSLContext tx, UUID yearId, UUID resolutionId) {
        return repository.setAnnualReportResolution(tx, yearId, resolutionId);
    }
}
