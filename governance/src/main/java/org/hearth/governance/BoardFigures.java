package org.hearth.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.ledger.Account;
import org.hearth.governance.ledger.AccountType;
import org.hearth.governance.ledger.DayTotal;
import org.hearth.governance.ledger.Ledger;
import org.hearth.governance.projects.ProjectService;
import org.hearth.governance.status.YearStatus;
import org.hearth.kernel.money.Money;

/**
 * The governance figures other modules may read (reporting's dashboards), in records of this
 * package, so that no other module reaches into the ledger's, the status's or the projects'
 * internals. Read-only.
 */
public final class BoardFigures {

    /**
     * What one day's entries did to a revenue or an expense account, in the account's natural
     * sense (credits for revenue, debits for costs; a day of reversals is negative).
     */
    public record Movement(LocalDate date, String account, String accountName, boolean seeded, boolean revenue, Money amount) {
    }

    /**
     * A financial year for the board.
     *
     * @param reinvestedShare, minimumShare the year's profit kept in the mission and the legal
     *     minimum, as fractions; null while the year is open or made no profit
     * @param dividendHeadroom uk-cic, closed years: what may still be declared; else null
     * @param legalReserve, statutoryReserve fr-scic: the reserves at the year's end; else null
     */
    public record Year(LocalDate startsOn, LocalDate endsOn, boolean open, Money result, BigDecimal reinvestedShare, BigDecimal minimumShare,
                       boolean belowMinimum, Money dividendHeadroom, Money legalReserve, Money statutoryReserve) {
    }

    /** A community project: what was set aside for it and spent on it, to date. */
    public record Project(String name, Money allocated, Money spent) {
    }

    private final Charter charter;
    private final Ledger ledger;
    private final YearStatus status;
    private final ProjectService projects;

    BoardFigures(Charter charter, Ledger ledger, YearStatus status, ProjectService projects) {
        this.charter = charter;
        this.ledger = ledger;
        this.status = status;
        this.projects = projects;
    }

    public String legalProfile() {
        return charter.legalProfile().code();
    }

    public String currency() {
        return ledger.currency().getCurrencyCode();
    }

    public Money zero() {
        return ledger.amounts().zero();
    }

    public MonthDay financialYearStart() {
        return charter.financialYearStart();
    }

    /** Each day's net movement of each revenue and expense account from {@code from} to {@code to}, closing entries left out. */
    public List<Movement> revenueAndCosts(LocalDate from, LocalDate to) {
        Map<String, Account> accounts = new HashMap<>();
        ledger.accounts().accounts().forEach(a -> accounts.put(a.code(), a));
        List<Movement> out = new ArrayList<>();
        for (DayTotal day : ledger.statements().dayTotals(from, to)) {
            Account a = accounts.get(day.account());
            if (a == null || (a.type() != AccountType.REVENUE && a.type() != AccountType.EXPENSE)) {
                continue;
            }
            boolean revenue = a.type() == AccountType.REVENUE;
            Money amount = revenue ? day.credit().minus(day.debit()) : day.debit().minus(day.credit());
            out.add(new Movement(day.date(), a.code(), a.name(), a.seeded(), revenue, amount));
        }
        return out;
    }

    /** Each financial year that has a day from {@code from} to {@code to}, oldest first. */
    public List<Year> years(LocalDate from, LocalDate to) {
        return ledger.years().years().stream().filter(y -> !y.endsOn().isBefore(from) && !y.startsOn().isAfter(to))
                .map(y -> year(status.of(y.id()))).toList();
    }

    private static Year year(YearStatus.Status s) {
        var share = s.reinvestment().years().stream().filter(y -> y.firstDay().equals(s.year().startsOn())).findFirst();
        return new Year(s.year().startsOn(), s.year().endsOn(), s.year().open(), s.result(),
                share.flatMap(y -> y.retention().share()).orElse(null), share.flatMap(y -> y.retention().minimumShare()).orElse(null),
                share.map(y -> y.retention().belowMinimum()).orElse(false),
                s.dividends() == null ? null : s.dividends().headroom().orElse(null), s.reserves().legalReserve(), s.reserves().statutoryReserve());
    }

    public List<Project> projects() {
        return projects.standings().stream().map(p -> new Project(p.project().name(), p.allocated(), p.spent())).toList();
    }
}
