package org.hearth.reporting.transparency;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.ledger.FinancialYear;
import org.hearth.governance.ledger.Ledger;
import org.hearth.governance.reinvestment.Retention;
import org.hearth.governance.reinvestment.YearShare;
import org.hearth.governance.status.YearStatus;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.money.Money;
import org.hearth.kernel.actor.RequestId;
import org.jooq.DSLContext;

/**
 * Builds the {@link Report}: each closed financial year (the latest {@value #CLOSED_YEARS}) and
 * the current year to date. Money comes from the ledger and governance's year status; counts from
 * the platform's tables, each through {@link Disclosure}.
 *
 * <p>Anyone may ask, so the read runs as a platform publication ({@link Db#job}: system scope, and
 * an audit row only if something were written, which nothing here does): an anonymous visitor
 * must not leave an audit row per page view, nor see anything but the aggregates.
 */
public final class Transparency {

    static final int CLOSED_YEARS = 3;
    private static final Actor PUBLISHER = Actor.system("publishTransparency");

    private final Db db;
    private final Charter charter;
    private final Ledger ledger;
    private final YearStatus status;
    private final Disclosure disclosure;
    private final Clock clock;
    private final TransparencyRepository repository = new TransparencyRepository();

    public Transparency(Db db, Charter charter, Ledger ledger, YearStatus status, Clock clock) {
        this.db = db;
        this.charter = charter;
        this.ledger = ledger;
        this.status = status;
        this.disclosure = new Disclosure(charter.reportingMinimumCount());
        this.clock = clock;
    }

    public Report report(RequestId requestId) {
        LocalDate today = LocalDate.now(clock);
        List<FinancialYear> years = db.read("transparency.years", dsl -> ledger.years().years(dsl));
        List<FinancialYear> closed = years.stream().filter(y -> !y.open() && !y.endsOn().isAfter(today))
                .sorted(Comparator.comparing(FinancialYear::startsOn).reversed()).limit(CLOSED_YEARS).toList();
        LocalDate currentStart = charter.firstDayOfFinancialYear(today);
        Optional<FinancialYear> current = years.stream().filter(y -> y.startsOn().equals(currentStart)).findFirst();
        List<YearStatus.Status> statuses = closed.stream().map(y -> status.of(y.id())).toList();
        CallContext ctx = new CallContext(PUBLISHER, "publishTransparency", requestId);
        List<Report.Period> periods = db.job(ctx, dsl -> {
            List<Report.Period> list = new ArrayList<>();
            for (int i = 0; i < closed.size(); i++) {
                list.add(period(dsl, closed.get(i), closed.get(i).startsOn(), closed.get(i).endsOn(), statuses.get(i)));
            }
            list.add(period(dsl, current.orElse(null), currentStart, today, null));
            return list;
        });
        return new Report(clock.instant(), charter.companyName(), charter.legalProfile().code(), charter.currency().getCurrencyCode(),
                disclosure.minimumCount(), periods);
    }

    private Report.Period period(DSLContext dsl, FinancialYear year, LocalDate from, LocalDate to, YearStatus.Status closed) {
        List<Report.Line> revenue = new ArrayList<>();
        List<Report.Line> costs = new ArrayList<>();
        if (year != null) {
            for (TransparencyRepository.AccountTotal a : repository.incomeAndCosts(dsl, year.id(), from, to)) {
                String key = a.role() == null ? "account-" + a.code() : a.role().substring(a.role().indexOf(':') + 1);
                (a.type().equals("revenue") ? revenue : costs).add(new Report.Line(key, a.name(), money(a.amount())));
            }
        }
        Money revenueTotal = total(revenue);
        Money costsTotal = total(costs);
        Money surplus = closed != null ? closed.result() : revenueTotal.minus(costsTotal);
        return new Report.Period(from, to, closed != null, revenue, revenueTotal, costs, costsTotal, surplus,
                closed == null ? null : dividends(closed), closed == null ? null : reinvestment(closed),
                disclosure.individuals(repository.individualsServed(dsl, from, to)),
                disclosure.ofTenants(repository.tenantsByKind(dsl, to)),
                disclosure.ofIndividuals(repository.agreementsByPurpose(dsl, from, to)),
                0, disclosure.individuals(repository.erasures(dsl, from, to)));
    }

    private Report.Dividends dividends(YearStatus.Status s) {
        if (s.dividends() == null) {
            return null;
        }
        var d = s.dividends();
        return new Report.Dividends(d.declaredNonExempt(), d.declaredExempt(), d.rate().orElse(null), d.cap().orElse(null));
    }

    private Report.Reinvestment reinvestment(YearStatus.Status s) {
        Optional<Retention> retention = s.reinvestment().years().stream().filter(y -> y.firstDay().equals(s.year().startsOn()))
                .map(YearShare::retention).findFirst();
        List<Report.Line> projects = new ArrayList<>();
        if (s.projects() != null) {
            for (Map.Entry<String, Money> p : s.projects().byProject().entrySet()) {
                projects.add(new Report.Line(p.getKey(), p.getKey(), p.getValue()));
            }
        }
        return new Report.Reinvestment(retention.map(Retention::retained).orElse(zero()),
                retention.flatMap(Retention::share).orElse(null), retention.flatMap(Retention::minimumShare).orElse(null), projects);
    }

    private Money total(List<Report.Line> lines) {
        return lines.stream().map(Report.Line::amount).reduce(zero(), Money::plus);
    }

    private Money money(BigDecimal amount) {
        return new Money(amount, charter.currency());
    }

    private Money zero() {
        return Money.zero(charter.currency());
    }
}
