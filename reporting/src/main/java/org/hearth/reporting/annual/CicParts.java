package org.hearth.reporting.annual;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearth.governance.GovernanceModule;
import org.hearth.governance.board.Member;
import org.hearth.governance.cic.DividendDecision;
import org.hearth.governance.ledger.FinancialYear;
import org.hearth.kernel.money.Money;
import org.jooq.DSLContext;

/**
 * The six parts of form CIC34 (regs 26–28 of the CIC Regulations 2005): community benefit with the
 * measured impact, consultation, directors' remuneration, transfers of assets other than for full
 * consideration, dividends with the cap and its working, and performance-related interest with its
 * cap. Parts 1 to 3 have the board's narratives; every figure is read from the ledger or the platform.
 */
final class CicParts {

    private final GovernanceModule.Services governance;
    private final AnnualReportRepository repository;

    CicParts(GovernanceModule.Services governance, AnnualReportRepository repository) {
        this.governance = governance;
        this.repository = repository;
    }

    List<ReportPart> of(DSLContext dsl, FinancialYear year) {
        return List.of(
                new ReportPart("community_benefit", List.of("community_benefit"), List.of(ImpactTable.of(repository.impact(dsl, year.startsOn(), year.endsOn())))),
                new ReportPart("consultation", List.of("consultation"), List.of()),
                new ReportPart("directors_remuneration", List.of("directors_remuneration"), List.of(directors(dsl, year))),
                new ReportPart("asset_transfers", List.of("asset_transfers"), List.of(transfers(dsl, year))),
                new ReportPart("dividends", List.of(), dividends(dsl, year)),
                new ReportPart("performance_interest", List.of(), List.of(interest(dsl, year))));
    }

    /**
     * Directors are the board members serving at some time in the year; their pay is what the
     * platform records for the calendar year the financial year ends in (the pay records are kept by
     * calendar year for the ESUS check as well). Pensions and compensation for loss of office are the
     * narrative's, as the ledger does not hold them per person.
     */
    private ReportTable directors(DSLContext dsl, FinancialYear year) {
        Set<String> directors = governance.board().members().stream().filter(Member::board)
                .filter(m -> !m.joinedOn().isAfter(year.endsOn()) && (m.leftOn() == null || !m.leftOn().isBefore(year.startsOn())))
                .map(Member::name).collect(Collectors.toSet());
        List<List<Cell>> rows = repository.pay(dsl, year.endsOn().getYear()).stream().filter(p -> directors.contains(p.person()))
                .map(p -> List.of(Cell.text(p.person()), Cell.money(money(p.annualPay())))).toList();
        return new ReportTable("directors_pay", List.of("director", "pay"), rows);
    }

    private ReportTable transfers(DSLContext dsl, FinancialYear year) {
        List<List<Cell>> rows = repository.transfers(dsl, year.startsOn(), year.endsOn()).stream().map(t -> List.of(Cell.date(t.on()),
                Cell.text(t.recipient()), Cell.text(t.registration()), Cell.money(money(t.value())), Cell.money(money(t.consideration())),
                Cell.label("report.basis." + t.basis()))).toList();
        return new ReportTable("transfers", List.of("date", "recipient", "registration", "value", "consideration", "basis"), rows);
    }

    private List<ReportTable> dividends(DSLContext dsl, FinancialYear year) {
        List<List<Cell>> rows = repository.dividends(dsl, year.id()).stream().map(d -> List.of(Cell.date(d.declaredOn()),
                Cell.text(d.recipient()), Cell.money(money(d.amount())), Cell.yesNo(d.exempt()))).toList();
        DividendDecision position = governance.dividends().position(dsl, year);
        List<List<Cell>> cap = new ArrayList<>(List.of(
                AccountsPart.fact("distributableProfits", position.profits().available()),
                AccountsPart.fact("capRate", Cell.rate(position.rate().orElse(null))),
                AccountsPart.fact("cap", Cell.money(position.cap().orElse(null))),
                AccountsPart.fact("declaredNonExempt", position.declaredNonExempt()),
                AccountsPart.fact("declaredExempt", position.declaredExempt()),
                AccountsPart.fact("headroom", Cell.money(position.headroom().orElse(null))),
                // how compliance was worked out, in the reader's language: the outcome's sentence reads
                // the facts above (governance's own explanation is English)
                AccountsPart.fact("working", Cell.label("report.working." + position.outcome().name().toLowerCase(java.util.Locale.ROOT)))));
        return List.of(new ReportTable("dividends", List.of("date", "recipient", "amount", "exempt"), rows), ReportTable.facts("dividend_cap", cap));
    }

    /** The rate paid is the interest over the average amount outstanding (reg 21), against the cap fixed by the agreement's date. */
    private ReportTable interest(DSLContext dsl, FinancialYear year) {
        List<List<Cell>> rows = repository.performanceInterest(dsl, year.startsOn(), year.endsOn()).stream().map(i -> List.of(
                Cell.text(i.lender()), Cell.date(i.agreementDate()), Cell.date(i.paidOn()), Cell.money(money(i.amount())),
                Cell.money(money(i.averageOutstanding())),
                Cell.rate(i.averageOutstanding().signum() == 0 ? null : i.amount().divide(i.averageOutstanding(), 6, RoundingMode.HALF_UP)),
                Cell.rate(i.capRate()))).toList();
        return new ReportTable("performance_interest", List.of("lender", "agreementDate", "date", "amount", "averageOutstanding", "rate", "capRate"), rows);
    }

    private Money money(BigDecimal amount) {
        return governance.ledger().amounts().money(amount.toPlainString());
    }
}
