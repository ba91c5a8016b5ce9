package org.hearth.governance.closing;

import static org.hearth.schema.generated.governance.Tables.DIVIDENDS;
import static org.hearth.schema.generated.governance.Tables.RESERVE_ALLOCATIONS;
import static org.hearth.schema.generated.governance.Tables.SHARE_INTEREST;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import org.hearth.governance.scic.ReservesBefore;
import org.hearth.kernel.money.Money;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** What closing reads and writes beyond the ledger: distributions per year and the SCIC reserve allocations. */
final class ClosingRepository {

    /** Dividends declared in respect of a year; {@code exemptToo} counts the exempt ones as well. */
    Money dividends(DSLContext dsl, UUID yearId, boolean exemptToo, Currency currency) {
        var where = DIVIDENDS.YEAR_ID.eq(yearId).and(exemptToo ? DSL.noCondition() : DIVIDENDS.EXEMPT.isFalse());
        return sum(dsl.select(DSL.sum(DIVIDENDS.AMOUNT)).from(DIVIDENDS).where(where).fetchOne(0, BigDecimal.class), currency);
    }

    Money shareInterest(DSLContext dsl, UUID yearId, Currency currency) {
        return sum(dsl.select(DSL.sum(SHARE_INTEREST.AMOUNT)).from(SHARE_INTEREST).where(SHARE_INTEREST.YEAR_ID.eq(yearId))
                .fetchOne(0, BigDecimal.class), currency);
    }

    void insertAllocation(DSLContext tx, UUID yearId, Money legal, Money statutory) {
        tx.insertInto(RESERVE_ALLOCATIONS).set(RESERVE_ALLOCATIONS.YEAR_ID, yearId).set(RESERVE_ALLOCATIONS.LEGAL_RESERVE, legal.amount())
                .set(RESERVE_ALLOCATIONS.STATUTORY_RESERVE, statutory.amount()).execute();
    }

    void setAllocationEntry(DSLContext tx, UUID yearId, UUID entryId) {
        tx.update(RESERVE_ALLOCATIONS).set(RESERVE_ALLOCATIONS.ENTRY_ID, entryId).where(RESERVE_ALLOCATIONS.YEAR_ID.eq(yearId)).execute();
    }

    /** What closing put in the legal and statutory reserves for a year, if it allocated. */
    Optional<ReservesBefore> allocation(DSLContext dsl, UUID yearId, Currency currency) {
        return dsl.selectFrom(RESERVE_ALLOCATIONS).where(RESERVE_ALLOCATIONS.YEAR_ID.eq(yearId)).fetchOptional()
                .map(r -> new ReservesBefore(new Money(r.getLegalReserve(), currency), new Money(r.getStatutoryReserve(), currency)));
    }

    private static Money sum(BigDecimal value, Currency currency) {
        return new Money(value == null ? BigDecimal.ZERO : value.stripTrailingZeros(), currency);
    }
}
