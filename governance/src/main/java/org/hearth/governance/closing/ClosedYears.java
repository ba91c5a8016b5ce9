package org.hearth.governance.closing;

import java.util.List;
import java.util.UUID;
import org.hearth.governance.cic.ClosedYear;
import org.hearth.governance.ledger.Ledger;
import org.hearth.governance.reinvestment.YearResult;
import org.hearth.governance.scic.ReservesBefore;
import org.hearth.kernel.money.Money;
import org.jooq.DSLContext;

/** The closed years as the legal rules read them: result and what was distributed in respect of each. */
public final class ClosedYears {

    private final Ledger ledger;
    private final ClosingRepository repository = new ClosingRepository();

    public ClosedYears(Ledger ledger) {
        this.ledger = ledger;
    }

    public List<ClosedYear> load(DSLContext dsl) {
        return ledger.years().years(dsl).stream().filter(y -> !y.open())
                .map(y -> ClosedYear.of(y.startsOn(), y.surplus()).withDistributions(distributed(dsl, y.id()))).toList();
    }

    /** Every closed year with its result and what it paid out (non-exempt dividends and interest on shares). */
    public List<YearResult> results(DSLContext dsl) {
        return ledger.years().years(dsl).stream().filter(y -> !y.open())
                .map(y -> new YearResult(y.startsOn(), y.surplus(), paidOut(dsl, y.id()))).toList();
    }

    /** All dividends (exempt or not) and interest on shares declared in respect of the year. */
    public Money distributed(DSLContext dsl, UUID yearId) {
        return repository.dividends(dsl, yearId, true, ledger.currency()).plus(repository.shareInterest(dsl, yearId, ledger.currency()));
    }

    /** What left the mission: non-exempt dividends and interest on shares. Exempt dividends go to asset-locked bodies. */
    public Money paidOut(DSLContext dsl, UUID yearId) {
        return repository.dividends(dsl, yearId, false, ledger.currency()).plus(repository.shareInterest(dsl, yearId, ledger.currency()));
    }

    /** What closing allocated to the SCIC reserves for a year (zero when it allocated nothing). */
    public ReservesBefore allocatedAtClosing(DSLContext dsl, UUID yearId) {
        Money zero = Money.zero(ledger.currency());
        return repository.allocation(dsl, yearId, ledger.currency()).orElse(new ReservesBefore(zero, zero));
    }
}
