package org.hearth.governance.indices;

import static org.hearth.schema.generated.governance.Tables.PAY_RECORDS;
import static org.hearth.schema.generated.governance.Tables.REFERENCE_VALUES;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.hearth.governance.scic.AnnualPay;
import org.hearth.governance.scic.EsusLimits;
import org.hearth.governance.scic.PayRatio;
import org.hearth.governance.scic.PayRatioResult;
import org.hearth.governance.ledger.LedgerService;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.money.Money;
import org.jooq.impl.DSL;

/** Reference values (TMO, SMIC) and pay records, and the ESUS pay-ratio check over them. */
public final class IndexService {

    public static final Set<String> KINDS = Set.of("tmo", "smic-annual");

    /** A published value: {@code tmo} as a share (0.0345 for 3.45%), {@code smic-annual} as an amount. */
    public record ReferenceValue(String kind, int year, BigDecimal value, String source) {
    }

    private final Db db;
    private final LedgerService ledger;

    public IndexService(Db db, LedgerService ledger) {
        this.db = db;
        this.ledger = ledger;
    }

    /** Records a value; a later correction of the same kind and year replaces it (the source says why). */
    public ReferenceValue record(ReferenceValue v) {
        if (!KINDS.contains(v.kind()) || v.value() == null || v.value().signum() < 0 || v.source() == null || v.source().isBlank()) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "A reference value has a kind (tmo or smic-annual), a year, a value of 0 or more and a source.");
        }
        if (v.kind().equals("tmo") && v.value().compareTo(BigDecimal.ONE) >= 0) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "The TMO is a share: 0.0345 for 3.45%.");
        }
        db.txRun("indices.record", tx -> tx.insertInto(REFERENCE_VALUES).set(REFERENCE_VALUES.KIND, v.kind()).set(REFERENCE_VALUES.YEAR, v.year())
                .set(REFERENCE_VALUES.VALUE, v.value()).set(REFERENCE_VALUES.SOURCE, v.source().strip())
                .onConflict(REFERENCE_VALUES.KIND, REFERENCE_VALUES.YEAR).doUpdate().set(REFERENCE_VALUES.VALUE, v.value())
                .set(REFERENCE_VALUES.SOURCE, v.source().strip()).set(REFERENCE_VALUES.RECORDED_AT, DSL.currentOffsetDateTime()).execute());
        return v;
    }

    public List<ReferenceValue> values() {
        return db.read("indices.values", dsl -> dsl.selectFrom(REFERENCE_VALUES).orderBy(REFERENCE_VALUES.KIND, REFERENCE_VALUES.YEAR)
                .fetch(r -> new ReferenceValue(r.getKind(), r.getYear(), r.getValue(), r.getSource())));
    }

    /** Replaces the pay records of a calendar year: annual full-time-equivalent pay per person (a reference, not a name). */
    public void recordPay(int year, List<AnnualPay> pay) {
        db.txRun("indices.pay", tx -> {
            tx.deleteFrom(PAY_RECORDS).where(PAY_RECORDS.YEAR.eq(year)).execute();
            for (AnnualPay p : pay) {
                tx.insertInto(PAY_RECORDS).set(PAY_RECORDS.YEAR, year).set(PAY_RECORDS.PERSON, p.person())
                        .set(PAY_RECORDS.ANNUAL_PAY, p.fullTimeEquivalent().amount()).execute();
            }
        });
    }

    /** The ESUS check for a calendar year: five best paid on average ≤ 7 × SMIC, best paid ≤ 10 × SMIC. */
    public PayRatioResult payRatio(int year) {
        return db.read("indices.pay_ratio", dsl -> {
            BigDecimal smic = dsl.select(REFERENCE_VALUES.VALUE).from(REFERENCE_VALUES)
                    .where(REFERENCE_VALUES.KIND.eq("smic-annual").and(REFERENCE_VALUES.YEAR.eq(year))).fetchOne(REFERENCE_VALUES.VALUE);
            if (smic == null) {
                throw new HearthException(ErrorCode.MISSING_REFERENCE_VALUE, "No annual SMIC is recorded for " + year + "; record it first.");
            }
            List<AnnualPay> pay = dsl.selectFrom(PAY_RECORDS).where(PAY_RECORDS.YEAR.eq(year))
                    .fetch(r -> new AnnualPay(r.getPerson(), new Money(r.getAnnualPay(), ledger.currency())));
            return PayRatio.check(pay, ledger.money(smic.setScale(ledger.currency().getDefaultFractionDigits(), java.math.RoundingMode.DOWN)
                    .toPlainString()), EsusLimits.CODE_DU_TRAVAIL_L3332_17_1);
        });
    }
}
