package org.hearth.reporting.annual;

import java.util.ArrayList;
import java.util.List;
import org.hearth.governance.charter.LegalProfile;
import org.hearth.governance.ledger.AccountType;
import org.hearth.governance.ledger.Balance;
import org.hearth.governance.ledger.ChartOfAccounts;
import org.hearth.governance.ledger.FinancialYear;
import org.hearth.governance.ledger.Ledger;
import org.hearth.kernel.money.Money;
import org.jooq.DSLContext;

/**
 * The year's accounts as the ledger holds them: revenue by source and expenses by account (the
 * year's entries without its closing entry, as the result was worked out), the result, and the
 * balances at the year's end. The figures of both profiles' first part.
 */
final class AccountsPart {

    private AccountsPart() {
    }

    static ReportPart of(DSLContext dsl, Ledger ledger, LegalProfile profile, FinancialYear year) {
        List<Balance> balances = ledger.statements().yearBeforeClosing(dsl, year);
        Money zero = ledger.amounts().zero();
        List<List<Cell>> revenue = new ArrayList<>();
        List<List<Cell>> expenses = new ArrayList<>();
        Money totalRevenue = zero;
        Money totalExpenses = zero;
        for (Balance b : balances) {
            if (b.net().isZero()) {
                continue;
            }
            if (b.account().type() == AccountType.REVENUE) {
                revenue.add(List.of(Cell.text(b.account().code()), Cell.text(b.account().name()), Cell.money(b.natural())));
                totalRevenue = totalRevenue.plus(b.natural());
            } else if (b.account().type() == AccountType.EXPENSE) {
                expenses.add(List.of(Cell.text(b.account().code()), Cell.text(b.account().name()), Cell.money(b.natural())));
                totalExpenses = totalExpenses.plus(b.natural());
            }
        }
        var s = ledger.statements();
        List<List<Cell>> result = new ArrayList<>(List.of(
                fact("revenue", totalRevenue), fact("expenses", totalExpenses), fact("result", year.surplus()),
                fact("shareCapital", s.balanceOf(dsl, ChartOfAccounts.SHARE_CAPITAL, year.endsOn())),
                fact("retainedEarnings", s.balanceOf(dsl, ChartOfAccounts.RETAINED_EARNINGS, year.endsOn())),
                fact("projectsReserve", s.balanceOf(dsl, ChartOfAccounts.PROJECTS_RESERVE, year.endsOn()))));
        if (profile == LegalProfile.FR_SCIC) {
            result.add(fact("legalReserve", s.balanceOf(dsl, ChartOfAccounts.LEGAL_RESERVE, year.endsOn())));
            result.add(fact("statutoryReserve", s.balanceOf(dsl, ChartOfAccounts.STATUTORY_RESERVE, year.endsOn())));
        }
        List<String> columns = List.of("code", "account", "amount");
        return new ReportPart("accounts", List.of(), List.of(new ReportTable("revenue", columns, revenue),
                new ReportTable("expenses", columns, expenses), ReportTable.facts("result", result)));
    }

    static List<Cell> fact(String label, Money value) {
        return List.of(Cell.label("report.fact." + label), Cell.money(value));
    }

    static List<Cell> fact(String label, Cell value) {
        return List.of(Cell.label("report.fact." + label), value);
    }
}
