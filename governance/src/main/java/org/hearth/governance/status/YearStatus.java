package org.hearth.governance.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.charter.LegalProfile;
import org.hearth.governance.cic.DividendDecision;
import org.hearth.governance.closing.ClosedYears;
import org.hearth.governance.closing.ScicBooks;
import org.hearth.governance.distributions.DividendService;
import org.hearth.governance.ledger.ChartOfAccounts;
import org.hearth.governance.ledger.FinancialYear;
import org.hearth.governance.ledger.Ledger;
import org.hearth.governance.projects.ProjectService;
import org.hearth.governance.reinvestment.ProjectAllocations;
import org.hearth.governance.reinvestment.ReinvestmentReport;
import org.hearth.governance.reinvestment.ReinvestmentShare;
import org.hearth.governance.reinvestment.ScicYear;
import org.hearth.governance.reinvestment.YearResult;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.money.Money;
import org.jooq.DSLContext;

/**
 * A year as the board reads it: the result, reserves, the dividend cap with what is declared
 * and the headroom (uk-cic), and the reinvestment share against the legal minimum for the year
 * and cumulatively, each worked out with the rules in force for that year. Records out; the wire
 * shape is {@link StatusJson}'s.
 */
public final class YearStatus {

    /**
     * The balances at the year's end.
     *
     * @param shareCapitalHighWaterMark, legalReserve, statutoryReserve fr-scic only, else null
     */
    public record Reserves(Money shareCapital, Money retainedEarnings, Money projectsReserve, Money shareCapitalHighWaterMark,
                           Money legalReserve, Money statutoryReserve) {
    }

    /**
     * @param dividends uk-cic and closed only, else null
     * @param projects closed only, else null
     */
    public record Status(FinancialYear year, LegalProfile legalProfile, String currency, Money result, Reserves reserves,
                         DividendDecision dividends, ReinvestmentReport reinvestment, ProjectAllocations projects) {
    }

    private final Db db;
    private final Charter charter;
    private final Ledger ledger;
    private final ClosedYears closedYears;
    private final DividendService dividends;
    private final ProjectService projects;
    private final ScicBooks books;

    public YearStatus(Db db, Charter charter, Ledger ledger, ClosedYears closedYears, DividendService dividends, ProjectService projects) {
        this.db = db;
        this.charter = charter;
        this.ledger = ledger;
        this.closedYears = closedYears;
        this.dividends = dividends;
        this.projects = projects;
        this.books = new ScicBooks(ledger);
    }

    public Status of(UUID yearId) {
        return db.read("governance.year_status", dsl -> {
            List<FinancialYear> years = ledger.years().years(dsl);
            FinancialYear year = years.stream().filter(y -> y.id().equals(yearId)).findFirst()
                    .orElseThrow(() -> new org.hearth.kernel.error.HearthException(org.hearth.kernel.error.ErrorCode.NOT_FOUND,
                            "There is no financial year with this id."));
            Money result = year.open() ? ledger.statements().result(dsl, year) : year.surplus();
            DividendDecision position = charter.legalProfile() == LegalProfile.UK_CIC && !year.open() ? dividends.position(dsl, year) : null;
            return new Status(year, charter.legalProfile(), ledger.currency().getCurrencyCode(), result, reserves(dsl, year), position,
                    reinvestment(dsl, years, year), year.open() ? null : projects.allocations(dsl, year));
        });
    }

    private Reserves reserves(DSLContext dsl, FinancialYear year) {
        boolean scic = charter.legalProfile() == LegalProfile.FR_SCIC;
        var balances = ledger.statements();
        return new Reserves(balances.balanceOf(dsl, ChartOfAccounts.SHARE_CAPITAL, year.endsOn()),
                balances.balanceOf(dsl, ChartOfAccounts.RETAINED_EARNINGS, year.endsOn()),
                balances.balanceOf(dsl, ChartOfAccounts.PROJECTS_RESERVE, year.endsOn()),
                scic ? books.capital(dsl, year.endsOn()).highWaterMark() : null,
                scic ? balances.balanceOf(dsl, ChartOfAccounts.LEGAL_RESERVE, year.endsOn()) : null,
                scic ? balances.balanceOf(dsl, ChartOfAccounts.STATUTORY_RESERVE, year.endsOn()) : null);
    }

    private ReinvestmentReport reinvestment(DSLContext dsl, List<FinancialYear> years, FinancialYear year) {
        List<YearResult> results = new ArrayList<>(closedYears.results(dsl).stream().filter(r -> !r.firstDay().isAfter(year.startsOn())).toList());
        if (charter.legalProfile() == LegalProfile.UK_CIC) {
            return ReinvestmentShare.ukCic(charter, results);
        }
        List<ScicYear> scic = new ArrayList<>();
        for (YearResult r : results) {
            FinancialYear y = years.stream().filter(x -> x.startsOn().equals(r.firstDay())).findFirst().orElseThrow();
            scic.add(new ScicYear(r, books.capital(dsl, y.endsOn()), books.reserves(dsl, y.endsOn(), closedYears.allocatedAtClosing(dsl, y.id()))));
        }
        return ReinvestmentShare.frScic(charter, scic);
    }
}
