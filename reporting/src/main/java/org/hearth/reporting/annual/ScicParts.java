package org.hearth.reporting.annual;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hearth.governance.GovernanceModule;
import org.hearth.governance.charter.College;
import org.hearth.governance.closing.ClosedYears;
import org.hearth.governance.closing.ScicBooks;
import org.hearth.governance.ledger.ChartOfAccounts;
import org.hearth.governance.ledger.FinancialYear;
import org.hearth.governance.scic.PayRatioResult;
import org.hearth.governance.scic.ReserveAllocation;
import org.hearth.governance.scic.ReserveMinimums;
import org.hearth.governance.scic.ReservesBefore;
import org.hearth.governance.scic.ShareCapitalHistory;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.money.Money;
import org.jooq.DSLContext;

/**
 * A French SCIC's management report (rapport de gestion), the equivalent of CIC34: the activity
 * with its measured impact, the allocation to the legal and statutory reserves (art. 16 and 19
 * nonies of loi 47-1775, the legal reserve against the share capital's high-water mark), interest
 * on shares and its cap, colleges, members and votes, and the ESUS pay ratio.
 */
final class ScicParts {

    private final GovernanceModule.Services governance;
    private final AnnualReportRepository repository;

    ScicParts(GovernanceModule.Services governance, AnnualReportRepository repository) {
        this.governance = governance;
        this.repository = repository;
    }

    List<ReportPart> of(DSLContext dsl, FinancialYear year) {
        return List.of(
                new ReportPart("management_report", List.of("management_report"), List.of(ImpactTable.of(repository.impact(dsl, year.startsOn(), year.endsOn())))),
                new ReportPart("reserves", List.of(), List.of(reserves(dsl, year))),
                new ReportPart("share_interest", List.of(), List.of(shareInterest(dsl, year))),
                new ReportPart("colleges", List.of("colleges"), List.of(colleges(year))),
                new ReportPart("pay_ratio", List.of(), List.of(payRatio(year))));
    }

    /**
     * The allocation closing booked and the minimums it was checked against, worked out again with
     * governance's own rule from the same books: the surplus (after losses still carried forward),
     * the capital's high-water mark and the legal reserve before the year's allocation.
     */
    ReportTable reserves(DSLContext dsl, FinancialYear year) {
        ScicBooks books = new ScicBooks(governance.ledger());
        ReservesBefore allocated = new ClosedYears(governance.ledger()).allocatedAtClosing(dsl, year.id());
        Money result = year.surplus();
        Money retainedAtEnd = governance.ledger().statements().balanceOf(dsl, ChartOfAccounts.RETAINED_EARNINGS, year.endsOn());
        Money broughtForward = retainedAtEnd.minus(result).plus(allocated.total());
        Money base = broughtForward.isNegative() ? result.plus(broughtForward) : result;
        ShareCapitalHistory capital = books.capital(dsl, year.endsOn());
        ReservesBefore before = books.reserves(dsl, year.endsOn(), allocated);
        ReserveMinimums minimums = ReserveAllocation.of(governance.charter().scic().orElseThrow(), base, capital, before).minimums();
        List<List<Cell>> rows = new ArrayList<>(List.of(
                AccountsPart.fact("result", result),
                AccountsPart.fact("surplusToAllocate", base),
                AccountsPart.fact("shareCapital", capital.current()),
                AccountsPart.fact("capitalHighWaterMark", capital.highWaterMark()),
                AccountsPart.fact("legalReserveBefore", before.legalReserve()),
                AccountsPart.fact("statutoryReserveBefore", before.statutoryReserve()),
                AccountsPart.fact("legalReserveRate", Cell.rate(governance.charter().scic().orElseThrow().legalReserveRate())),
                AccountsPart.fact("legalReserveMinimum", minimums.legalReserve()),
                AccountsPart.fact("legalReserveLimitedByCapital", Cell.yesNo(minimums.legalReserveLimitedByCapital())),
                AccountsPart.fact("statutoryReserveRate", Cell.rate(governance.charter().scic().orElseThrow().statutoryReserveRate())),
                AccountsPart.fact("statutoryReserveMinimum", minimums.statutoryReserve()),
                AccountsPart.fact("legalReserveAllocated", allocated.legalReserve()),
                AccountsPart.fact("statutoryReserveAllocated", allocated.statutoryReserve()),
                AccountsPart.fact("indivisibleAllocated", allocated.total())));
        return ReportTable.facts("reserves", rows);
    }

    private ReportTable shareInterest(DSLContext dsl, FinancialYear year) {
        List<List<Cell>> rows = repository.shareInterest(dsl, year.id()).stream().map(s -> List.of(Cell.date(s.meetingDate()),
                Cell.rate(s.rate()), Cell.rate(s.capRate()), Cell.money(money(s.amount())))).toList();
        return new ReportTable("share_interest", List.of("date", "rate", "capRate", "amount"), rows);
    }

    /** One member, one vote (art. 19 octies): a college's votes are its members at the year's end, weighed by the charter. */
    private ReportTable colleges(FinancialYear year) {
        var members = governance.board().members();
        List<List<Cell>> rows = new ArrayList<>();
        for (College c : governance.charter().colleges()) {
            long count = members.stream().filter(m -> m.college().equals(c.id()) && m.activeOn(year.endsOn())).count();
            rows.add(List.of(Cell.text(c.name()), Cell.rate(c.weight().movePointLeft(2)), Cell.count(count)));
        }
        return new ReportTable("colleges", List.of("college", "weight", "members"), rows);
    }

    /** The ESUS check (L3332-17-1) for the calendar year the financial year ends in, or why it cannot be made. */
    private ReportTable payRatio(FinancialYear year) {
        PayRatioResult r;
        try {
            r = governance.indices().payRatio(year.endsOn().getYear());
        } catch (HearthException e) {
            return ReportTable.facts("pay_ratio", List.of(AccountsPart.fact("smicMissing", Cell.text(Integer.toString(year.endsOn().getYear())))));
        }
        return ReportTable.facts("pay_ratio", List.of(
                AccountsPart.fact("annualSmic", r.annualSmic()),
                AccountsPart.fact("averageOfBestPaid", r.averageOfBestPaid()),
                AccountsPart.fact("averageLimit", r.averageLimit()),
                AccountsPart.fact("highestPay", r.highestPay()),
                AccountsPart.fact("highestLimit", r.highestLimit()),
                AccountsPart.fact("withinLimits", Cell.yesNo(r.passes()))));
    }

    private Money money(BigDecimal amount) {
        return governance.ledger().amounts().money(amount.toPlainString());
    }
}
