package org.hearth.reporting.impact;

import java.time.YearMonth;
import java.util.List;
import org.hearth.governance.BoardFigures;
import org.hearth.kernel.money.Money;

/**
 * The money of a period, from the ledger: revenue and costs by account and by month (closing
 * entries left out, since they only move the year's result into reserves), the surplus, the
 * status of each financial year the period touches (reinvestment share against the legal
 * minimum, dividend headroom or reserves) and the community projects' standing to date.
 */
public record Finance(String legalProfile, String currency, List<MonthFigures> months, List<AccountAmount> revenueBySource,
                      List<AccountAmount> costsByCategory, Money revenue, Money costs, List<BoardFigures.Year> years,
                      List<BoardFigures.Project> projects) {

    public record MonthFigures(YearMonth month, Money revenue, Money costs) {
    }

    public record AccountAmount(String code, String name, boolean seeded, Money amount) {
    }

    public Finance {
        months = List.copyOf(months);
        revenueBySource = List.copyOf(revenueBySource);
        costsByCategory = List.copyOf(costsByCategory);
        years = List.copyOf(years);
        projects = List.copyOf(projects);
    }

    /** Revenue less costs over the period. */
    public Money surplus() {
        return revenue.minus(costs);
    }
}
