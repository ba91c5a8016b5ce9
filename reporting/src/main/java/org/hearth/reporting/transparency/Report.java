package org.hearth.reporting.transparency;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hearth.kernel.money.Money;

/**
 * What the transparency page and the open data publish, already through disclosure control.
 *
 * @param operator the operating company's registered name (from the charter)
 * @param minimumCount the charter's {@code reporting.minimum_count}
 * @param periods the closed financial years, newest first, then the current year to date
 */
public record Report(Instant generatedAt, String operator, String legalProfile, String currency, int minimumCount,
                     List<Period> periods) {

    public Report {
        periods = List.copyOf(periods);
    }

    /** An amount on one line: a revenue source, a cost category, a community project. */
    public record Line(String key, String name, Money amount) {
    }

    /**
     * The dividends in respect of a closed year against the cap (uk-cic).
     *
     * @param capRate the cap in force on the year's first day, or null if none is recorded
     * @param cap the most the year's non-exempt dividends may be, or null
     */
    public record Dividends(Money declared, Money exempt, BigDecimal capRate, Money cap) {
    }

    /**
     * The share of the year's profit kept in the mission, against the legal minimum (closed years).
     *
     * @param share retained ÷ profit, or null when the year made no profit
     * @param minimumShare the least the law allows, or null
     */
    public record Reinvestment(Money retained, BigDecimal share, BigDecimal minimumShare, List<Line> projects) {

        public Reinvestment {
            projects = List.copyOf(projects);
        }
    }

    /**
     * One financial year (closed) or the current year to date.
     *
     * @param dividends closed uk-cic years only, else null
     * @param reinvestment closed years only, else null
     * @param pilots pilots with public bodies that ran in the period (approved, dates overlapping it; `PilotsRun`)
     */
    public record Period(LocalDate from, LocalDate to, boolean closed, List<Line> revenue, Money revenueTotal, List<Line> costs,
                         Money costsTotal, Money surplus, Dividends dividends, Reinvestment reinvestment, Count individuals,
                         Breakdown organisations, Breakdown agreements, long pilots, Count erasures) {

        public Period {
            revenue = List.copyOf(revenue);
            costs = List.copyOf(costs);
        }

        /** The period's name in the open data: {@code 2025-04-01/2026-03-31}. */
        public String id() {
            return from + "/" + to;
        }
    }
}
