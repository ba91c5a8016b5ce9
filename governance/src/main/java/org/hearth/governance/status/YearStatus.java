package org.hearth.governance.status;

import static org.hearth.schema.generated.governance.Tables.RESERVE_ALLOCATIONS;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.charter.LegalProfile;
import org.hearth.governance.cic.DistributableProfits;
import org.hearth.governance.cic.DividendDecision;
import org.hearth.governance.closing.ClosedYears;
import org.hearth.governance.closing.ScicBooks;
import org.hearth.governance.distributions.DividendService;
import org.hearth.governance.ledger.ChartOfAccounts;
import org.hearth.governance.projects.ProjectService;
import org.hearth.governance.ledger.FinancialYear;
import org.hearth.governance.ledger.LedgerJson;
import org.hearth.governance.ledger.LedgerService;
import org.hearth.governance.reinvestment.ReinvestmentReport;
import org.hearth.governance.reinvestment.ReinvestmentShare;
import org.hearth.governance.reinvestment.Retention;
import org.hearth.governance.reinvestment.ScicYear;
import org.hearth.governance.reinvestment.YearResult;
import org.hearth.governance.scic.ReservesBefore;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.money.Money;
import org.jooq.DSLContext;

/**
 * A year as the board reads it: the result, reserves, the dividend cap with what is declared
 * and the headroom (uk-cic), and the reinvestment share against the legal minimum for the year
 * and cumulatively, each worked out with the rules in force for that year.
 */
public final class YearStatus {

    private final Db db;
    private final Charter charter;
    private final LedgerService ledger;
    private final ClosedYears closedYears;
    private final DividendService dividends;
    private final ProjectService projects;
    private final ScicBooks books;

    public YearStatus(Db db, Charter charter, LedgerService ledger, ClosedYears closedYears, DividendService dividends, ProjectService projects) {
        this.db = db;
        this.charter = charter;
        this.ledger = ledger;
        this.closedYears = closedYears;
        this.dividends = dividends;
        this.projects = projects;
        this.books = new ScicBooks(ledger);
    }

    public JsonObject of(UUID yearId) {
        return db.read("governance.year_status", dsl -> {
            List<FinancialYear> years = ledger.years(dsl);
            FinancialYear year = years.stream().filter(y -> y.id().equals(yearId)).findFirst()
                    .orElseThrow(() -> new org.hearth.kernel.error.HearthException(org.hearth.kernel.error.ErrorCode.NOT_FOUND,
                            "There is no financial year with this id."));
            Money result = year.open() ? ledger.result(dsl, year) : year.surplus();
            JsonObject out = new JsonObject().put("year", LedgerJson.year(year)).put("legalProfile", charter.legalProfile().code())
                    .put("currency", ledger.currency().getCurrencyCode()).put("result", LedgerJson.amount(result))
                    .put("reserves", reserves(dsl, year)).put("annualReportApproved", year.annualReportResolution() != null);
            if (charter.legalProfile() == LegalProfile.UK_CIC) {
                out.put("dividends", year.open() ? null : dividends(dsl, year));
            }
            out.put("reinvestment", reinvestment(dsl, years, year));
            out.put("projects", year.open() ? null : projects(dsl, year));
            return out;
        });
    }

    private JsonObject reserves(DSLContext dsl, FinancialYear year) {
        JsonObject out = new JsonObject().put("asOf", year.endsOn().toString())
                .put("shareCapital", LedgerJson.amount(ledger.balanceOf(dsl, ChartOfAccounts.SHARE_CAPITAL, year.endsOn())))
                .put("retainedEarnings", LedgerJson.amount(ledger.balanceOf(dsl, ChartOfAccounts.RETAINED_EARNINGS, year.endsOn())))
                .put("projectsReserve", LedgerJson.amount(ledger.balanceOf(dsl, ChartOfAccounts.PROJECTS_RESERVE, year.endsOn())));
        if (charter.legalProfile() == LegalProfile.FR_SCIC) {
            out.put("shareCapitalHighWaterMark", LedgerJson.amount(books.capital(dsl, year.endsOn()).highWaterMark()))
                    .put("legalReserve", LedgerJson.amount(ledger.balanceOf(dsl, ChartOfAccounts.LEGAL_RESERVE, year.endsOn())))
                    .put("statutoryReserve", LedgerJson.amount(ledger.balanceOf(dsl, ChartOfAccounts.STATUTORY_RESERVE, year.endsOn())));
        }
        return out;
    }

    private JsonObject dividends(DSLContext dsl, FinancialYear year) {
        DividendDecision position = dividends.position(dsl, year);
        DistributableProfits profits = position.profits();
        return new JsonObject()
                .put("distributableProfits", LedgerJson.amount(profits.available()))
                .put("working", new JsonObject().put("accumulatedProfits", LedgerJson.amount(profits.accumulatedProfits()))
                        .put("accumulatedLosses", LedgerJson.amount(profits.accumulatedLosses()))
                        .put("previousDistributions", LedgerJson.amount(profits.previousDistributions()))
                        .put("capitalised", LedgerJson.amount(profits.capitalised()))
                        .put("lossesWrittenOff", LedgerJson.amount(profits.lossesWrittenOff())))
                .put("capRate", position.rate().map(java.math.BigDecimal::toPlainString).orElse(null))
                .put("cap", position.cap().map(LedgerJson::amount).orElse(null))
                .put("declared", LedgerJson.amount(position.declaredNonExempt()))
                .put("declaredExempt", LedgerJson.amount(position.declaredExempt()))
                .put("headroom", position.headroom().map(LedgerJson::amount).orElse(null))
                .put("explanation", position.explanation());
    }

    private JsonObject projects(DSLContext dsl, FinancialYear year) {
        var state = projects.allocations(dsl, year);
        JsonObject byProject = new JsonObject();
        state.byProject().forEach((name, amount) -> byProject.put(name, LedgerJson.amount(amount)));
        return new JsonObject().put("retained", LedgerJson.amount(state.retained())).put("allocated", LedgerJson.amount(state.allocated()))
                .put("unallocated", LedgerJson.amount(state.unallocated())).put("byProject", byProject);
    }

    private JsonObject reinvestment(DSLContext dsl, List<FinancialYear> years, FinancialYear year) {
        ReinvestmentReport report;
        List<YearResult> results = new ArrayList<>(closedYears.results(dsl).stream().filter(r -> !r.firstDay().isAfter(year.startsOn())).toList());
        if (charter.legalProfile() == LegalProfile.UK_CIC) {
            report = ReinvestmentShare.ukCic(charter, results);
        } else {
            List<ScicYear> scic = new ArrayList<>();
            for (YearResult r : results) {
                FinancialYear y = years.stream().filter(x -> x.startsOn().equals(r.firstDay())).findFirst().orElseThrow();
                scic.add(new ScicYear(r, books.capital(dsl, y.endsOn()), books.reserves(dsl, y.endsOn(), allocatedAtClosing(dsl, y.id()))));
            }
            report = ReinvestmentShare.frScic(charter, scic);
        }
        JsonObject out = new JsonObject().put("cumulative", retention(report.cumulative()));
        report.years().stream().filter(y -> y.firstDay().equals(year.startsOn())).findFirst()
                .ifPresent(y -> out.put("year", retention(y.retention())));
        JsonArray below = new JsonArray();
        report.yearsBelowMinimum().forEach(y -> below.add(y.firstDay().toString()));
        return out.put("yearsBelowMinimum", below);
    }

    private ReservesBefore allocatedAtClosing(DSLContext dsl, UUID yearId) {
        Money zero = Money.zero(ledger.currency());
        return dsl.selectFrom(RESERVE_ALLOCATIONS).where(RESERVE_ALLOCATIONS.YEAR_ID.eq(yearId)).fetchOptional()
                .map(r -> new ReservesBefore(new Money(r.getLegalReserve(), ledger.currency()), new Money(r.getStatutoryReserve(), ledger.currency())))
                .orElse(new ReservesBefore(zero, zero));
    }

    private static JsonObject retention(Retention r) {
        return new JsonObject().put("profitGenerated", LedgerJson.amount(r.profitGenerated())).put("paidOut", LedgerJson.amount(r.paidOut()))
                .put("retained", LedgerJson.amount(r.retained())).put("minimumRetained", LedgerJson.amount(r.minimumRetained()))
                .put("share", r.share().map(java.math.BigDecimal::toPlainString).orElse(null))
                .put("minimumShare", r.minimumShare().map(java.math.BigDecimal::toPlainString).orElse(null))
                .put("belowMinimum", r.belowMinimum());
    }
}
