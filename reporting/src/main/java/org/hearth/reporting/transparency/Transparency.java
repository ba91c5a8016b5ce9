package org.hearth.reporting.transparency;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.hearth.governance.PublishedBooks;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.RequestId;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.money.Money;
import org.jooq.DSLContext;

/**
 * Builds the {@link Report}: each closed financial year (the latest {@value #CLOSED_YEARS}) and
 * the current year to date. Money comes from the ledger and governance's published books; counts
 * from the platform's tables, each through {@link Disclosure}.
 *
 * <p>Anyone may ask, so the read runs as a platform publication ({@link Db#job}: system scope, and
 * an audit row only if something were written, which nothing here does): an anonymous visitor
 * must not leave an audit row per page view, and sees nothing but the aggregates. Nor should a
 * flood of anonymous requests cost a full report each: the last report is kept and served again
 * while the day and a cheap {@linkplain TransparencyRepository.Fingerprint fingerprint} of its
 * sources are unchanged (a change made between the fingerprint and the figures only causes one
 * more rebuild on the next request).
 */
public final class Transparency {

    static final int CLOSED_YEARS = 3;
    private static final Actor PUBLISHER = Actor.system("publishTransparency");

    private final Db db;
    private final PublishedBooks books;
    private final PublishedBooks.Operator operator;
    private final Disclosure disclosure;
    private final Clock clock;
    private final TransparencyRepository repository = new TransparencyRepository();
    private volatile Cached cached;

    private record Cached(LocalDate day, TransparencyRepository.Fingerprint fingerprint, Report report) {
    }

    public Transparency(Db db, PublishedBooks books, Clock clock) {
        this.db = db;
        this.books = books;
        this.operator = books.operator();
        this.disclosure = new Disclosure(operator.minimumCount());
        this.clock = clock;
    }

    public Report report(RequestId requestId) {
        LocalDate today = LocalDate.now(clock);
        CallContext ctx = new CallContext(PUBLISHER, "publishTransparency", requestId);
        TransparencyRepository.Fingerprint fingerprint = db.job(ctx, repository::fingerprint);
        Cached last = cached;
        if (last != null && last.day().equals(today) && last.fingerprint().equals(fingerprint)) {
            return last.report();
        }
        Report report = build(ctx, today);
        cached = new Cached(today, fingerprint, report);
        return report;
    }

    private Report build(CallContext ctx, LocalDate today) {
        List<PublishedBooks.Year> years = books.years();
        List<PublishedBooks.Year> closed = years.stream().filter(y -> !y.open() && !y.endsOn().isAfter(today))
                .sorted(Comparator.comparing(PublishedBooks.Year::startsOn).reversed()).limit(CLOSED_YEARS).toList();
        LocalDate currentStart = books.firstDayOfYearContaining(today);
        Optional<PublishedBooks.Year> current = years.stream().filter(y -> y.startsOn().equals(currentStart)).findFirst();
        List<PublishedBooks.ClosedYear> figures = closed.stream().map(y -> books.closed(y.id())).toList();
        List<Report.Period> periods = db.job(ctx, dsl -> {
            List<Report.Period> list = new ArrayList<>();
            for (int i = 0; i < closed.size(); i++) {
                list.add(period(dsl, closed.get(i), closed.get(i).startsOn(), closed.get(i).endsOn(), figures.get(i)));
            }
            list.add(period(dsl, current.orElse(null), currentStart, today, null));
            return list;
        });
        return new Report(clock.instant(), operator.name(), operator.legalProfile(), currency().getCurrencyCode(),
                disclosure.minimumCount(), periods);
    }

    private Report.Period period(DSLContext dsl, PublishedBooks.Year year, LocalDate from, LocalDate to, PublishedBooks.ClosedYear closed) {
        List<Report.Line> revenue = new ArrayList<>();
        List<Report.Line> costs = new ArrayList<>();
        if (year != null) {
            for (TransparencyRepository.AccountTotal a : repository.incomeAndCosts(dsl, year.id(), from, to)) {
                String key = a.role() == null ? "account-" + a.code() : a.role().substring(a.role().indexOf(':') + 1);
                (a.type().equals("revenue") ? revenue : costs).add(new Report.Line(key, a.name(), new Money(a.amount(), currency())));
            }
        }
        Money revenueTotal = total(revenue);
        Money costsTotal = total(costs);
        Money surplus = closed != null ? closed.result() : revenueTotal.minus(costsTotal);
        return new Report.Period(from, to, closed != null, revenue, revenueTotal, costs, costsTotal, surplus,
                closed == null || closed.dividends() == null ? null : dividends(closed.dividends()),
                closed == null ? null : reinvestment(closed.reinvestment()),
                disclosure.individuals(repository.individualsServed(dsl, from, to)),
                disclosure.ofTenants(repository.tenantsByKind(dsl, to)),
                disclosure.ofIndividuals(repository.agreementsByPurpose(dsl, from, to)),
                org.hearth.reporting.pilots.PilotsRun.in(dsl, from, to), disclosure.individuals(repository.erasures(dsl, from, to)));
    }

    private static Report.Dividends dividends(PublishedBooks.Dividends d) {
        return new Report.Dividends(d.declared(), d.exempt(), d.capRate(), d.cap());
    }

    private static Report.Reinvestment reinvestment(PublishedBooks.Reinvestment r) {
        List<Report.Line> projects = r.projects().entrySet().stream().map(p -> new Report.Line(p.getKey(), p.getKey(), p.getValue())).toList();
        BigDecimal share = r.share();
        return new Report.Reinvestment(r.retained(), share, r.minimumShare(), projects);
    }

    private Money total(List<Report.Line> lines) {
        return lines.stream().map(Report.Line::amount).reduce(Money.zero(currency()), Money::plus);
    }

    private Currency currency() {
        return operator.currency();
    }
}
