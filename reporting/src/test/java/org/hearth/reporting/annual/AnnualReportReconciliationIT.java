package org.hearth.reporting.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hearth.governance.board.ResolutionSubject;
import org.hearth.governance.distributions.AssetTransferService;
import org.hearth.governance.distributions.DividendService;
import org.hearth.governance.ledger.AccountType;
import org.hearth.governance.ledger.ChartOfAccounts;
import org.hearth.governance.ledger.Entry;
import org.hearth.governance.ledger.EntryKind;
import org.hearth.governance.ledger.FinancialYear;
import org.hearth.governance.ledger.Line;
import org.hearth.governance.scic.AnnualPay;
import org.hearth.kernel.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A UK CIC books a year (revenue from two sources, costs, a performance-related loan's interest, a
 * transfer for community benefit, a director's pay), closes it and declares a dividend; every
 * figure of its annual report equals the ledger's, worked out from the ledger's own entries and
 * statements, not from the report's code.
 */
class AnnualReportReconciliationIT {

    private ReportBooks books;
    private FinancialYear year;

    @BeforeEach
    void setUp() {
        books = new ReportBooks("uk-cic.md", LocalDate.parse("2024-06-01"));
        year = books.open("2023-04-01");
        books.post("2023-04-10", EntryKind.SHARE_CAPITAL, "1000", "3000", "1000.00");
        books.post("2023-05-01", EntryKind.REVENUE, "1000", "4000", "10000.00");
        books.post("2023-06-01", EntryKind.GRANT, "1000", "4300", "2500.00");
        books.post("2023-07-01", EntryKind.REVENUE, "1000", "4000", "1234.56");
        books.post("2023-09-30", EntryKind.COST, "5000", "1000", "4000.00");
        books.post("2023-10-31", EntryKind.COST, "5100", "1000", "1500.00");
        var loans = books.services.loans();
        var loan = loans.record(books.as("recordLoan"), "Community Bank", LocalDate.parse("2023-04-15"), LocalDate.parse("2023-04-15"),
                books.money("5000.00"), true);
        loans.payInterest(books.as("payInterest"), loan.id(), LocalDate.parse("2024-03-01"), books.money("400.00"), books.money("5000.00"));
        books.services.transfers().transfer(books.as("transferAsset"), new AssetTransferService.Transfer(LocalDate.parse("2023-11-15"), "1000",
                "Town food bank", null, false, books.money("300.00"), books.money("0.00"), null, "Laptops for the food bank's volunteers"));
        books.services.board().addMember(books.as("addMember"), "Ada Director", "individuals", true, LocalDate.parse("2022-01-01"));
        books.services.indices().recordPay(books.as("recordPay"), 2024, List.of(new AnnualPay("Ada Director", books.money("31000.00")),
                new AnnualPay("Not A Director", books.money("25000.00"))));
        books.services.closing().close(books.as("closeYear"), year.id(), null, null);
        books.services.dividends().declare(books.as("declareDividend"), new DividendService.Declaration(year.id(), LocalDate.parse("2024-05-20"),
                books.money("1000.00"), "Shareholders", null, false, null, false, books.passed(ResolutionSubject.DIVIDEND, "2024-05-15", "Dividend")));
        year = books.services.ledger().years().year(year.id());
    }

    @Test
    void everyFigureOfTheReportIsTheLedgers() {
        AnnualReport report = books.reports.report(books.as("annualReport"), year.startsOn().toString());

        // Revenue and expenses by account: the year's entries without the closing entry, summed line by line.
        Map<String, BigDecimal> byAccount = new TreeMap<>();
        for (Entry e : books.services.ledger().statements().entries(year.startsOn(), year.endsOn(), 1000)) {
            if (e.yearId().equals(year.id()) && e.kind() != EntryKind.CLOSING) {
                for (Line l : e.lines()) {
                    byAccount.merge(l.account(), l.credit().amount().subtract(l.debit().amount()), BigDecimal::add);
                }
            }
        }
        var accounts = books.services.ledger().accounts();
        Map<String, String> revenue = new TreeMap<>();
        Map<String, String> expenses = new TreeMap<>();
        BigDecimal totalRevenue = BigDecimal.ZERO;
        BigDecimal totalExpenses = BigDecimal.ZERO;
        for (var e : byAccount.entrySet()) {
            AccountType type = accounts.accounts().stream().filter(a -> a.code().equals(e.getKey())).findFirst().orElseThrow().type();
            if (type == AccountType.REVENUE && e.getValue().signum() != 0) {
                revenue.put(e.getKey(), e.getValue().toPlainString());
                totalRevenue = totalRevenue.add(e.getValue());
            } else if (type == AccountType.EXPENSE && e.getValue().signum() != 0) {
                expenses.put(e.getKey(), e.getValue().negate().toPlainString());
                totalExpenses = totalExpenses.add(e.getValue().negate());
            }
        }
        assertThat(column(report.table("revenue").orElseThrow())).isEqualTo(revenue).containsOnlyKeys("4000", "4300");
        assertThat(column(report.table("expenses").orElseThrow())).isEqualTo(expenses).containsKeys("5000", "5100", "5400", "5500");

        ReportTable result = report.table("result").orElseThrow();
        assertThat(result.fact("report.fact.revenue")).isEqualTo(totalRevenue.toPlainString()).isEqualTo("13734.56");
        assertThat(result.fact("report.fact.expenses")).isEqualTo(totalExpenses.toPlainString());
        assertThat(result.fact("report.fact.result")).isEqualTo(year.surplus().amount().toPlainString())
                .isEqualTo(totalRevenue.subtract(totalExpenses).toPlainString());
        var status = books.services.status().of(year.id());
        assertThat(result.fact("report.fact.retainedEarnings")).isEqualTo(status.reserves().retainedEarnings().amount().toPlainString());
        assertThat(result.fact("report.fact.shareCapital")).isEqualTo(status.reserves().shareCapital().amount().toPlainString()).isEqualTo("1000.00");

        ReportTable cap = report.table("dividend_cap").orElseThrow();
        assertThat(cap.fact("report.fact.declaredNonExempt")).isEqualTo(status.dividends().declaredNonExempt().amount().toPlainString())
                .isEqualTo("1000.00");
        assertThat(cap.fact("report.fact.cap")).isEqualTo(status.dividends().cap().orElseThrow().amount().toPlainString());
        assertThat(cap.fact("report.fact.distributableProfits")).isEqualTo(status.dividends().profits().available().amount().toPlainString());
        assertThat(cap.fact("report.fact.capRate")).isEqualTo("0.35");
        Money dividendsPayable = books.services.ledger().statements().trialBalance(null, null).stream()
                .filter(b -> ChartOfAccounts.DIVIDENDS_PAYABLE.equals(b.account().role())).findFirst().orElseThrow().natural();
        assertThat(report.table("dividends").orElseThrow().rows()).singleElement()
                .satisfies(row -> assertThat(row.get(2).value()).isEqualTo(dividendsPayable.amount().toPlainString()));

        assertThat(report.table("transfers").orElseThrow().rows()).singleElement().satisfies(row -> {
            assertThat(row.get(1).value()).isEqualTo("Town food bank");
            assertThat(row.get(3).value()).isEqualTo(expenses.get("5500"));
            assertThat(row.get(5).value()).isEqualTo("report.basis.community_benefit");
        });
        assertThat(report.table("performance_interest").orElseThrow().rows()).singleElement().satisfies(row -> {
            assertThat(row.get(3).value()).isEqualTo(expenses.get("5400"));
            assertThat(row.get(5).value()).isEqualTo("0.08");
            assertThat(row.get(6).value()).isEqualTo("0.2");
        });
        assertThat(report.table("directors_pay").orElseThrow().rows()).containsExactly(List.of(Cell.text("Ada Director"), Cell.money(books.money("31000.00"))));
        assertThat(report.frozen()).isFalse();
        System.out.println("annual report reconciled: revenue " + revenue + ", expenses " + expenses + ", result " + year.surplus());
    }

    /** A revenue or expense table as account code → amount. */
    private static Map<String, String> column(ReportTable table) {
        Map<String, String> out = new TreeMap<>();
        table.rows().forEach(r -> out.put(r.get(0).value(), r.get(2).value()));
        return out;
    }
}
