package org.hearth.governance.indices;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.hearth.governance.scic.AnnualPay;
import org.hearth.governance.scic.EsusLimits;
import org.hearth.governance.scic.PayRatio;
import org.hearth.governance.scic.PayRatioResult;
import org.hearth.governance.ledger.Ledger;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/** Reference values (TMO, SMIC) and pay records, and the ESUS pay-ratio check over them. */
public final class IndexService {

    public static final Set<String> KINDS = Set.of("tmo", "smic-annual");

    /** A published value: {@code tmo} as a share (0.0345 for 3.45%), {@code smic-annual} as an amount. */
    public record ReferenceValue(String kind, int year, BigDecimal value, String source) {
    }

    private final Db db;
    private final Ledger ledger;
    private final IndexRepository repository = new IndexRepository();

    public IndexService(Db db, Ledger ledger) {
        this.db = db;
        this.ledger = ledger;
    }

    /** Records a value; a later correction of the same kind and year replaces it (the source says why). */
    public ReferenceValue record(CallContext ctx, ReferenceValue v) {
        if (!KINDS.contains(v.kind()) || v.value() == null || v.value().signum() < 0 || v.source() == null || v.source().isBlank()) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "A reference value has a kind (tmo or smic-annual), a year, a value of 0 or more and a source.");
        }
        if (v.kind().equals("tmo") && v.value().compareTo(BigDecimal.ONE) >= 0) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "The TMO is a share: 0.0345 for 3.45%.");
        }
        db.write(ctx, tx -> {
            repository.upsert(tx, new ReferenceValue(v.kind(), v.year(), v.value(), v.source().strip()));
            return null;
        });
        return v;
    }

    public List<ReferenceValue> values() {
        return db.read("indices.values", repository::values);
    }

    /** Replaces the pay records of a calendar year: annual full-time-equivalent pay per person (a reference, not a name). */
    public void recordPay(CallContext ctx, int year, List<AnnualPay> pay) {
        db.write(ctx, tx -> {
            repository.replacePay(tx, year, pay);
            return null;
        });
    }

    /** The ESUS check for a calendar year: five best paid on average ≤ 7 × SMIC, best paid ≤ 10 × SMIC. */
    public PayRatioResult payRatio(int year) {
        return db.read("indices.pay_ratio", dsl -> {
            BigDecimal smic = repository.value(dsl, "smic-annual", year).orElseThrow(() -> new HearthException(
                    ErrorCode.MISSING_REFERENCE_VALUE, "No annual SMIC is recorded for " + year + "; record it first."));
            List<AnnualPay> pay = repository.pay(dsl, year, ledger.currency());
            return PayRatio.check(pay, ledger.amounts().money(smic.setScale(ledger.currency().getDefaultFractionDigits(), java.math.RoundingMode.DOWN)
                    .toPlainString()), EsusLimits.CODE_DU_TRAVAIL_L3332_17_1);
        });
    }
}
