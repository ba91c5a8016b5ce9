package org.hearth.governance.closing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.charter.LegalProfile;
import org.hearth.governance.ledger.ChartOfAccounts;
import org.hearth.governance.ledger.Entry;
import org.hearth.governance.ledger.EntryKind;
import org.hearth.governance.ledger.FinancialYear;
import org.hearth.governance.ledger.Line;
import org.hearth.governance.ledger.Ledger;
import org.hearth.governance.ledger.NewEntry;
import org.hearth.governance.scic.AllocationDecision;
import org.hearth.governance.scic.ReserveAllocation;
import org.hearth.governance.scic.ReserveProposal;
import org.hearth.governance.scic.ReservesBefore;
import org.hearth.governance.scic.ShareCapitalHistory;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.money.Money;
import org.jooq.DSLContext;

/**
 * Closes a financial year: computes its result, zeroes revenue and expenses into retained
 * earnings with a closing entry dated the year's last day, for a French SCIC allocates the
 * surplus to the legal and statutory reserves (at least the minimums; more if the operator
 * proposes it), locks the year and opens the next. Years close in order, once they have ended;
 * everything happens in one transaction, so a refused allocation changes nothing.
 */
public final class YearClosing {

    private final Db db;
    private final Charter charter;
    private final Ledger ledger;
    private final Clock clock;
    private final ScicBooks books;
    private final ClosingRepository repository = new ClosingRepository();

    public YearClosing(Db db, Charter charter, Ledger ledger, Clock clock) {
        this.db = db;
        this.charter = charter;
        this.ledger = ledger;
        this.clock = clock;
        this.books = new ScicBooks(ledger);
    }

    /**
     * What closing did.
     *
     * @param allocation the SCIC reserve allocation, or null (uk-cic, or no surplus)
     */
    public record Closed(FinancialYear year, Money result, Entry closingEntry, AllocationDecision allocation, Entry allocationEntry) {
    }

    /** {@code legal} and {@code statutory} are the operator's proposal for a SCIC; null means the legal minimums. */
    public Closed close(CallContext ctx, UUID yearId, Money legal, Money statutory) {
        return db.write(ctx, tx -> {
            ledger.postings().lockGovernance(tx);
            FinancialYear year = ledger.years().lockYear(tx, yearId);
            if (!year.open()) {
                throw new HearthException(ErrorCode.CONFLICT, "The year starting " + year.startsOn() + " is already closed.");
            }
            if (!LocalDate.now(clock).isAfter(year.endsOn())) {
                throw new HearthException(ErrorCode.CONFLICT, "The year ends on " + year.endsOn() + "; it can be closed from the next day.");
            }
            if (ledger.years().years(tx).stream().anyMatch(y -> y.open() && y.startsOn().isBefore(year.startsOn()))) {
                throw new HearthException(ErrorCode.CONFLICT, "Close the earlier years first.");
            }
            Money result = ledger.statements().result(tx, year);
            Money broughtForward = ledger.statements().balanceOf(tx, ChartOfAccounts.RETAINED_EARNINGS, year.endsOn());
            List<Line> lines = ledger.statements().closingLines(tx, year);
            Entry closing = lines.isEmpty() ? null : ledger.postings().postIn(tx, ctx, new NewEntry(year.endsOn(), EntryKind.CLOSING,
                    "Closing of the year " + year.startsOn() + " to " + year.endsOn() + ": result " + result,
                    "Year-end closing", lines));
            AllocationDecision allocation = null;
            Entry allocationEntry = null;
            // Reserves are taken from the surplus after earlier losses still carried forward are covered.
            Money base = broughtForward.isNegative() ? result.plus(broughtForward) : result;
            if (charter.legalProfile() == LegalProfile.FR_SCIC && base.isPositive()) {
                allocation = allocate(tx, year, base, legal, statutory);
                allocationEntry = bookAllocation(tx, ctx, year, allocation);
            }
            ledger.years().markClosed(tx, ctx, year.id(), result);
            ledger.years().openNextIfMissing(tx, year);
            return new Closed(ledger.years().years(tx).stream().filter(y -> y.id().equals(yearId)).findFirst().orElseThrow(), result, closing,
                    allocation, allocationEntry);
        });
    }

    /** Records that a passed resolution of a general meeting approved a closed year's annual report; once per year and per resolution. */
    public FinancialYear approveAnnualReport(CallContext ctx, UUID yearId, UUID resolutionId, org.hearth.governance.board.BoardService board) {
        return db.write(ctx, tx -> {
            FinancialYear year = ledger.years().lockYear(tx, yearId);
            if (year.open()) {
                throw new HearthException(ErrorCode.CONFLICT, "The annual report covers a closed year; close it first.");
            }
            board.requirePassed(tx, resolutionId, org.hearth.governance.board.ResolutionSubject.ANNUAL_REPORT);
            if (ledger.years().years(tx).stream().anyMatch(y -> resolutionId.equals(y.annualReportResolution()))) {
                throw new HearthException(ErrorCode.CONFLICT, "This resolution already approved a report; each year's report needs its own.");
            }
            if (!ledger.years().recordAnnualReportApproval(tx, year.id(), resolutionId)) {
                throw new HearthException(ErrorCode.CONFLICT, "This year's annual report is already approved.");
            }
            return ledger.years().years(tx).stream().filter(y -> y.id().equals(yearId)).findFirst().orElseThrow();
        });
    }

    private AllocationDecision allocate(DSLContext tx, FinancialYear year, Money surplus, Money legal, Money statutory) {
        Money zero = Money.zero(surplus.currency());
        ShareCapitalHistory capital = books.capital(tx, year.endsOn());
        ReservesBefore reserves = books.reserves(tx, year.endsOn(), new ReservesBefore(zero, zero));
        ReserveAllocation rule = ReserveAllocation.of(charter.scic().orElseThrow(), surplus, capital, reserves);
        var minimums = rule.minimums();
        Money legalProposed = legal == null ? minimums.legalReserve() : legal;
        Money statutoryProposed = statutory == null ? rule.check(new ReserveProposal(legalProposed, Money.zero(surplus.currency()),
                Money.zero(surplus.currency()))).statutoryRequired() : statutory;
        Money distributed = surplus.minus(legalProposed).minus(statutoryProposed);
        AllocationDecision decision = rule.check(new ReserveProposal(legalProposed, statutoryProposed,
                distributed.isNegative() ? Money.zero(surplus.currency()) : distributed));
        if (!decision.accepted()) {
            throw new HearthException(ErrorCode.RESERVE_MINIMUM, decision.explanation(), Map.of(
                    "surplus", surplus.amount().toPlainString(), "shareCapital", capital.current().amount().toPlainString(),
                    "reservesBefore", reserves.total().amount().toPlainString(),
                    "capitalHighWaterMark", capital.highWaterMark().amount().toPlainString(),
                    "legalReserveBefore", reserves.legalReserve().amount().toPlainString(),
                    "legalReserveMinimum", minimums.legalReserve().amount().toPlainString(),
                    "statutoryReserveMinimum", decision.statutoryRequired().amount().toPlainString()));
        }
        return decision;
    }

    private Entry bookAllocation(DSLContext tx, CallContext ctx, FinancialYear year, AllocationDecision decision) {
        Money legal = decision.proposal().legalReserve();
        Money statutory = decision.proposal().statutoryReserve();
        repository.insertAllocation(tx, year.id(), legal, statutory);
        if (legal.plus(statutory).isZero()) {
            return null;
        }
        List<Line> lines = new java.util.ArrayList<>();
        lines.add(Line.debit(ledger.accounts().withRole(tx, ChartOfAccounts.RETAINED_EARNINGS).code(), legal.plus(statutory)));
        if (legal.isPositive()) {
            lines.add(Line.credit(ledger.accounts().withRole(tx, ChartOfAccounts.LEGAL_RESERVE).code(), legal));
        }
        if (statutory.isPositive()) {
            lines.add(Line.credit(ledger.accounts().withRole(tx, ChartOfAccounts.STATUTORY_RESERVE).code(), statutory));
        }
        Entry entry = ledger.postings().postIn(tx, ctx, new NewEntry(year.endsOn(), EntryKind.RESERVE_ALLOCATION, "Allocation of the surplus of the year "
                + year.startsOn() + " to indivisible reserves", "Art. 16 and 19 nonies of loi 47-1775; " + decision.explanation(), lines));
        repository.setAllocationEntry(tx, year.id(), entry.id());
        return entry;
    }
}
