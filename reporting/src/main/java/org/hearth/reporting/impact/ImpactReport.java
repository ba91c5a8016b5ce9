package org.hearth.reporting.impact;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.governance.GovernanceModule;
import org.hearth.governance.ledger.Account;
import org.hearth.governance.ledger.AccountType;
import org.hearth.governance.ledger.Entry;
import org.hearth.governance.ledger.EntryKind;
import org.hearth.governance.ledger.Line;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.money.Money;

/** The board's impact figures for a period: the ledger's through governance's services, the platform's from its tables. */
public final class ImpactReport {

    /** Entries read for a period at most; a period with more is refused rather than shown short. */
    static final int MAX_ENTRIES = 200_000;

    /** The whole dashboard. {@code pilots} is 0 until pilots exist (issue 13). */
    public record Figures(Period period, Finance finance, People people, long pilots) {
    }

    private final Db db;
    private final GovernanceModule.Services governance;
    private final Clock clock;
    private final ImpactRepository repository = new ImpactRepository();

    public ImpactReport(Db db, GovernanceModule.Services governance, Clock clock) {
        this.db = db;
        this.governance = governance;
        this.clock = clock;
    }

    /** The period from the query's {@code from} and {@code to} (either may be missing: the current financial year). */
    public Period period(String from, String to) {
        return Period.parse(from, to, LocalDate.now(clock), governance.charter().financialYearStart());
    }

    public Figures figures(CallContext ctx, Period period) {
        People people = db.system(ctx, dsl -> repository.people(dsl, period, OffsetDateTime.now(clock)));
        return new Figures(period, finance(period), people, 0);
    }

    private Finance finance(Period period) {
        var ledger = governance.ledger();
        Map<String, Account> accounts = new LinkedHashMap<>();
        ledger.accounts().accounts().forEach(a -> accounts.put(a.code(), a));
        Money zero = ledger.amounts().zero();
        List<Entry> entries = ledger.statements().entries(period.from(), period.to(), MAX_ENTRIES);
        Map<YearMonth, Money[]> months = new LinkedHashMap<>();
        period.months().forEach(m -> months.put(m, new Money[] {zero, zero}));
        Map<String, Money> byAccount = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.kind() == EntryKind.CLOSING) {
                continue;
            }
            Money[] month = months.get(YearMonth.from(e.entryDate()));
            for (Line line : e.lines()) {
                Account a = accounts.get(line.account());
                if (a == null || month == null || (a.type() != AccountType.REVENUE && a.type() != AccountType.EXPENSE)) {
                    continue;
                }
                Money natural = a.type() == AccountType.REVENUE ? line.credit().minus(line.debit()) : line.debit().minus(line.credit());
                int i = a.type() == AccountType.REVENUE ? 0 : 1;
                month[i] = month[i].plus(natural);
                byAccount.merge(a.code(), natural, Money::plus);
            }
        }
        List<Finance.MonthFigures> series = new ArrayList<>();
        months.forEach((m, v) -> series.add(new Finance.MonthFigures(m, v[0], v[1])));
        List<Finance.AccountAmount> revenue = new ArrayList<>();
        List<Finance.AccountAmount> costs = new ArrayList<>();
        accounts.values().stream().filter(a -> byAccount.containsKey(a.code())).sorted(java.util.Comparator.comparing(Account::code)).forEach(a ->
                (a.type() == AccountType.REVENUE ? revenue : costs).add(new Finance.AccountAmount(a.code(), a.name(), byAccount.get(a.code()))));
        Money totalRevenue = revenue.stream().map(Finance.AccountAmount::amount).reduce(zero, Money::plus);
        Money totalCosts = costs.stream().map(Finance.AccountAmount::amount).reduce(zero, Money::plus);
        var years = ledger.years().years().stream()
                .filter(y -> !y.endsOn().isBefore(period.from()) && !y.startsOn().isAfter(period.to()))
                .map(y -> governance.status().of(y.id())).toList();
        return new Finance(governance.charter().legalProfile().code(), ledger.currency().getCurrencyCode(), series, revenue, costs,
                totalRevenue, totalCosts, years, governance.projects().standings());
    }
}
