package org.hearth.governance.indices;

import static org.hearth.schema.generated.governance.Tables.PAY_RECORDS;
import static org.hearth.schema.generated.governance.Tables.REFERENCE_VALUES;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.hearth.governance.scic.AnnualPay;
import org.hearth.kernel.money.Money;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reference values (TMO, SMIC) and the pay records of each calendar year. */
final class IndexRepository {

    /** Records a value; a later one of the same kind and year replaces it. */
    void upsert(DSLContext tx, IndexService.ReferenceValue v) {
        tx.insertInto(REFERENCE_VALUES).set(REFERENCE_VALUES.KIND, v.kind()).set(REFERENCE_VALUES.YEAR, v.year())
                .set(REFERENCE_VALUES.VALUE, v.value()).set(REFERENCE_VALUES.SOURCE, v.source())
                .onConflict(REFERENCE_VALUES.KIND, REFERENCE_VALUES.YEAR).doUpdate().set(REFERENCE_VALUES.VALUE, v.value())
                .set(REFERENCE_VALUES.SOURCE, v.source()).set(REFERENCE_VALUES.RECORDED_AT, DSL.currentOffsetDateTime()).execute();
    }

    List<IndexService.ReferenceValue> values(DSLContext dsl) {
        return dsl.selectFrom(REFERENCE_VALUES).orderBy(REFERENCE_VALUES.KIND, REFERENCE_VALUES.YEAR)
                .fetch(r -> new IndexService.ReferenceValue(r.getKind(), r.getYear(), r.getValue(), r.getSource()));
    }

    Optional<BigDecimal> value(DSLContext dsl, String kind, int year) {
        return dsl.select(REFERENCE_VALUES.VALUE).from(REFERENCE_VALUES)
                .where(REFERENCE_VALUES.KIND.eq(kind).and(REFERENCE_VALUES.YEAR.eq(year))).fetchOptional(REFERENCE_VALUES.VALUE);
    }

    void replacePay(DSLContext tx, int year, List<AnnualPay> pay) {
        tx.deleteFrom(PAY_RECORDS).where(PAY_RECORDS.YEAR.eq(year)).execute();
        for (AnnualPay p : pay) {
            tx.insertInto(PAY_RECORDS).set(PAY_RECORDS.YEAR, year).set(PAY_RECORDS.PERSON, p.person())
                    .set(PAY_RECORDS.ANNUAL_PAY, p.fullTimeEquivalent().amount()).execute();
        }
    }

    List<AnnualPay> pay(DSLContext dsl, int year, Currency currency) {
        return dsl.selectFrom(PAY_RECORDS).where(PAY_RECORDS.YEAR.eq(year))
                .fetch(r -> new AnnualPay(r.getPerson(), new Money(r.getAnnualPay(), currency)));
    }
}
