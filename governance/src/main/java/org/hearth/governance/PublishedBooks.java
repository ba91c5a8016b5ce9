package org.hearth.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.ledger.EntryKind;
import org.hearth.governance.ledger.Ledger;
import org.hearth.governance.reinvestment.Retention;
import org.hearth.governance.reinvestment.YearShare;
import org.hearth.governance.status.YearStatus;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.money.Money;

/**
 * What governance publishes about the operator's books, for reports: who the operator is, its
 * financial years, and each closed year's result, dividends against the cap and reinvestment,
 * worked out by governance's own rules. Reporting reads it; governance never reads reporting.
 */
public final class PublishedBooks {

    /** The kind of the entry that zeroes a year's revenue and expense accounts: reports leave it out. */
    public static final String CLOSING_ENTRY_KIND = EntryKind.CLOSING.code();

    /**
     * @param minimumCount the charter's {@code reporting.minimum_count}
     */
    public record Operator(String name, String legalProfile, Currency currency, int minimumCount) {
    }

    public record Year(UUID id, LocalDate startsOn, LocalDate endsOn, boolean open) {
    }

    /** Dividends in respect of a year (uk-cic); capRate and cap are null when no cap is recorded. */
    public record Dividends(Money declared, Money exempt, BigDecimal capRate, Money cap) {
    }

    /** Profit kept in the mission; share and minimumShare are null when the year made no profit. */
    public record Reinvestment(Money retained, BigDecimal share, BigDecimal minimumShare, Map<String, Money> projects) {

        public Reinvestment {
            projects = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(projects));
        }
    }

    /** @param dividends null unless uk-cic */
    public record ClosedYear(Money result, Dividends dividends, Reinvestment reinvestment) {
    }

    private final Db db;
    private final Charter charter;
    private final Ledger ledger;
    private final YearStatus status;

    PublishedBooks(Db db, Charter charter, Ledger ledger, YearStatus status) {
        this.db = db;
        this.charter = charter;
        this.ledger = ledger;
        this.status = status;
    }

    public Operator operator() {
        return new Operator(charter.companyName(), charter.legalProfile().code(), charter.currency(), charter.reportingMinimumCount());
    }

    public LocalDate firstDayOfYearContaining(LocalDate day) {
        return charter.firstDayOfFinancialYear(day);
    }

    public List<Year> years() {
        return db.read("published_books.years", dsl -> ledger.years().years(dsl)).stream()
                .map(y -> new Year(y.id(), y.startsOn(), y.endsOn(), y.open())).toList();
    }

    /** A closed year's figures (for an open one, result and reinvestment are not settled: use the ledger's movements). */
    public ClosedYear closed(UUID yearId) {
        YearStatus.Status s = status.of(yearId);
        var d = s.dividends();
        Dividends dividends = d == null ? null
                : new Dividends(d.declaredNonExempt(), d.declaredExempt(), d.rate().orElse(null), d.cap().orElse(null));
        Optional<Retention> retention = s.reinvestment().years().stream().filter(y -> y.firstDay().equals(s.year().startsOn()))
                .map(YearShare::retention).findFirst();
        Map<String, Money> projects = s.projects() == null ? Map.of() : s.projects().byProject();
        Reinvestment reinvestment = new Reinvestment(retention.map(Retention::retained).orElse(Money.zero(charter.currency())),
                retention.flatMap(Retention::share).orElse(null), retention.flatMap(Retention::minimumShare).orElse(null), projects);
        return new ClosedYear(s.result(), dividends, reinvestment);
    }
}
