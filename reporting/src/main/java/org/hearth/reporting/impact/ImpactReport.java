package org.hearth.reporting.impact;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import org.hearth.governance.BoardFigures;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.money.Money;

/** The board's impact figures for a period: the ledger's through governance's services, the platform's from its tables. */
public final class ImpactReport {

    /** The whole dashboard; {@code pilots} is how many pilots with public bodies ran in the period. */
    public record Figures(Period period, Finance finance, People people, long pilots) {
    }

    private final Db db;
    private final BoardFigures governance;
    private final Clock clock;
    private final ImpactRepository repository = new ImpactRepository();

    public ImpactReport(Db db, BoardFigures governance, Clock clock) {
        this.db = db;
        this.governance = governance;
        this.clock = clock;
    }

    /** The period from the query's {@code from} and {@code to} (either may be missing: the current financial year). */
    public Period period(String from, String to) {
        return Period.parse(from, to, LocalDate.now(clock), governance.financialYearStart());
    }

    public Figures figures(CallContext ctx, Period period) {
        record Platform(People people, long pilots) {
        }
        Platform platform = db.system(ctx, dsl -> new Platform(repository.people(dsl, period, OffsetDateTime.now(clock)),
                org.hearth.reporting.pilots.PilotsRun.in(dsl, period.from(), period.to())));
        return new Figures(period, finance(period), platform.people(), platform.pilots());
    }

    private Finance finance(Period period) {
        Money zero = governance.zero();
        Map<YearMonth, Money[]> months = new LinkedHashMap<>();
        period.months().forEach(m -> months.put(m, new Money[] {zero, zero}));
        Map<String, Finance.AccountAmount> byAccount = new TreeMap<>();
        List<BoardFigures.Movement> movements = governance.revenueAndCosts(period.from(), period.to());
        for (BoardFigures.Movement mv : movements) {
            Money[] month = months.get(YearMonth.from(mv.date()));
            int i = mv.revenue() ? 0 : 1;
            month[i] = month[i].plus(mv.amount());
            byAccount.merge(mv.account(), new Finance.AccountAmount(mv.account(), mv.accountName(), mv.seeded(), mv.amount()),
                    (a, b) -> new Finance.AccountAmount(a.code(), a.name(), a.seeded(), a.amount().plus(b.amount())));
        }
        List<Finance.MonthFigures> series = new ArrayList<>();
        months.forEach((m, v) -> series.add(new Finance.MonthFigures(m, v[0], v[1])));
        Set<String> revenueAccounts = new HashSet<>();
        movements.stream().filter(BoardFigures.Movement::revenue)
                .forEach(mv -> revenueAccounts.add(mv.account()));
        List<Finance.AccountAmount> revenue = byAccount.values().stream().filter(a -> revenueAccounts.contains(a.code())).toList();
        List<Finance.AccountAmount> costs = byAccount.values().stream().filter(a -> !revenueAccounts.contains(a.code())).toList();
        Money totalRevenue = revenue.stream().map(Finance.AccountAmount::amount).reduce(zero, Money::plus);
        Money totalCosts = costs.stream().map(Finance.AccountAmount::amount).reduce(zero, Money::plus);
        return new Finance(governance.legalProfile(), governance.currency(), series, revenue, costs, totalRevenue, totalCosts,
                governance.years(period.from(), period.to()), governance.projects());
    }
}
