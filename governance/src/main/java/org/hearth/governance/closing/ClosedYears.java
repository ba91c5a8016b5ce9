package org.hearth.governance.closing;

import static org.hearth.schema.generated.governance.Tables.DIVIDENDS;
import static org.hearth.schema.generated.governance.Tables.SHARE_INTEREST;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.hearth.governance.cic.ClosedYear;
import org.hearth.governance.ledger.LedgerService;
import org.hearth.governance.reinvestment.YearResult;
import org.hearth.kernel.money.Money;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The closed years as the legal rules read them: result and what was distributed in respect of each. */
public final class ClosedYears {

    private final LedgerService ledger;

    public ClosedYears(LedgerService ledger) {
        this.ledger = ledger;
    }

    public List<ClosedYear> load(DSLContext dsl) {
        return ledger.years(dsl).stream().filter(y -> !y.open())
                .map(y -> ClosedYear.of(y.startsOn(), y.surplus()).withDistributions(distributed(dsl, y.id()))).toList();
    }

    /** Every closed year with its result and what it paid out (non-exempt dividends and interest on shares). */
    public List<YearResult> results(DSLContext dsl) {
        return ledger.years(dsl).stream().filter(y -> !y.open())
                .map(y -> new YearResult(y.startsOn(), y.surplus(), paidOut(dsl, y.id()))).toList();
    }

    /** All dividends (exempt or not) and interest on shares declared in respect of the year. */
    public Money distributed(DSLContext dsl, UUID yearId) {
        return sum(dsl, dsl.select(DSL.sum(DIVIDENDS.AMOUNT)).from(DIVIDENDS).where(DIVIDENDS.YEAR_ID.eq(yearId)).fetchOne(0, BigDecimal.class))
                .plus(shareInterest(dsl, yearId));
    }

    /** What left the mission: non-exempt dividends and interest on shares. Exempt dividends go to asset-locked bodies. */
    public Money paidOut(DSLContext dsl, UUID yearId) {
        return sum(dsl, dsl.select(DSL.sum(DIVIDENDS.AMOUNT)).from(DIVIDENDS).where(DIVIDENDS.YEAR_ID.eq(yearId).and(DIVIDENDS.EXEMPT.isFalse()))
                .fetchOne(0, BigDecimal.class)).plus(shareInterest(dsl, yearId));
    }

    private Money shareInterest(DSLContext dsl, UUID yearId) {
        return sum(dsl, dsl.select(DSL.sum(SHARE_INTEREST.AMOUNT)).from(SHARE_INTEREST).where(SHARE_INTEREST.YEAR_ID.eq(yearId))
                .fetchOne(0, BigDecimal.class));
    }

    private Money sum(DSLContext dsl, BigDecimal value) {
        return new Money(value == null ? BigDecimal.ZERO : value.stripTrailingZeros(), ledger.currency());
    }
}
