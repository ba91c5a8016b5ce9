package org.hearth.governance.distributions;

import static org.hearth.schema.generated.governance.Tables.REFERENCE_VALUES;
import static org.hearth.schema.generated.governance.Tables.SHARE_INTEREST;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hearth.governance.board.BoardService;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.charter.LegalProfile;
import org.hearth.governance.ledger.ChartOfAccounts;
import org.hearth.governance.ledger.Entry;
import org.hearth.governance.ledger.FinancialYear;
import org.hearth.governance.ledger.LedgerService;
import org.hearth.governance.ledger.Line;
import org.hearth.governance.ledger.NewEntry;
import org.hearth.governance.scic.ShareInterestCap;
import org.hearth.governance.scic.ShareInterestDecision;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.money.Money;
import org.jooq.DSLContext;

/**
 * Interest on shares of a French SCIC (art. 14 of loi 47-1775): at most the average TMO of the
 * three calendar years before the general meeting plus the charter's margin, out of a closed
 * year's retained surplus, authorised by a passed resolution. TMO values are recorded data.
 */
public final class ShareInterestService {

    public record Declared(UUID id, Entry entry, ShareInterestDecision decision) {
    }

    private final Db db;
    private final Charter charter;
    private final LedgerService ledger;
    private final BoardService board;

    public ShareInterestService(Db db, Charter charter, LedgerService ledger, BoardService board) {
        this.db = db;
        this.charter = charter;
        this.ledger = ledger;
        this.board = board;
    }

    /**
     * Declares interest on shares at {@code rate} for a closed year. The general meeting that
     * passed the resolution fixes the TMO window; the total for the year may not exceed the rate
     * times the share capital paid up on that day, nor the retained surplus.
     */
    public Declared declare(UUID yearId, BigDecimal rate, Money amount, UUID resolutionId, String by) {
        if (charter.legalProfile() != LegalProfile.FR_SCIC) {
            throw new HearthException(ErrorCode.LEDGER_RULE, "Interest on shares is the SCIC's distribution; a " + charter.legalProfile()
                    + " declares dividends.");
        }
        if (rate == null || rate.signum() < 0 || !amount.isPositive()) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "rate is a share such as 0.035 and amount is positive.");
        }
        return db.tx("governance.share_interest", tx -> {
            ledger.lockGovernance(tx);
            FinancialYear year = ledger.lockYear(tx, yearId);
            if (year.open()) {
                throw new HearthException(ErrorCode.CONFLICT, "Interest on shares is paid out of a closed year's surplus.");
            }
            LocalDate meetingDate = board.requirePassed(tx, resolutionId, "share_interest").meeting().heldOn();
            if (tx.fetchExists(SHARE_INTEREST, SHARE_INTEREST.RESOLUTION_ID.eq(resolutionId))) {
                throw new HearthException(ErrorCode.CONFLICT, "This resolution has already authorised interest on shares.");
            }
            ShareInterestDecision decision = ShareInterestCap.check(charter.scic().orElseThrow(), tmo(tx), meetingDate, rate);
            if (!decision.allowed()) {
                throw new HearthException(ErrorCode.SHARE_INTEREST_CAP_EXCEEDED, decision.explanation(), Map.of(
                        "rate", rate.toPlainString(), "cap", decision.limit().cap().toPlainString(),
                        "averageTmo", decision.limit().averageTmo().toPlainString(), "margin", decision.limit().margin().toPlainString()));
            }
            Money capital = ledger.balanceOf(tx, ChartOfAccounts.SHARE_CAPITAL, meetingDate);
            Money allowed = capital.times(rate, java.math.RoundingMode.DOWN);
            BigDecimal already = tx.select(org.jooq.impl.DSL.sum(SHARE_INTEREST.AMOUNT)).from(SHARE_INTEREST).where(SHARE_INTEREST.YEAR_ID.eq(yearId))
                    .fetchOne(0, BigDecimal.class);
            Money declared = new Money(already == null ? BigDecimal.ZERO : already, amount.currency());
            if (declared.plus(amount).compareTo(allowed) > 0) {
                throw new HearthException(ErrorCode.SHARE_INTEREST_CAP_EXCEEDED, "Interest at " + rate.toPlainString() + " on " + capital
                        + " of share capital comes to at most " + allowed + "; " + declared + " is already declared for the year.",
                        Map.of("shareCapital", capital.amount().toPlainString(), "maximum", allowed.amount().toPlainString(),
                                "declared", declared.amount().toPlainString()));
            }
            Money retained = ledger.balanceOf(tx, ChartOfAccounts.RETAINED_EARNINGS, null);
            if (amount.compareTo(retained) > 0) {
                throw new HearthException(ErrorCode.LEDGER_RULE, "Only " + retained + " of retained surplus is available.",
                        Map.of("available", retained.amount().toPlainString()));
            }
            Entry entry = ledger.postIn(tx, new NewEntry(meetingDate, "share_interest", "Interest on shares at " + rate.toPlainString()
                    + " for the year " + year.startsOn(), "Resolution " + resolutionId + "; " + decision.explanation(), List.of(
                    Line.debit(ledger.accountWithRole(tx, ChartOfAccounts.RETAINED_EARNINGS).code(), amount),
                    Line.credit(ledger.accountWithRole(tx, ChartOfAccounts.SHARE_INTEREST_PAYABLE).code(), amount))), by, null);
            UUID id = Ids.newId();
            tx.insertInto(SHARE_INTEREST).set(SHARE_INTEREST.ID, id).set(SHARE_INTEREST.YEAR_ID, yearId).set(SHARE_INTEREST.MEETING_DATE, meetingDate)
                    .set(SHARE_INTEREST.RATE, rate).set(SHARE_INTEREST.CAP_RATE, decision.limit().cap()).set(SHARE_INTEREST.AMOUNT, amount.amount())
                    .set(SHARE_INTEREST.RESOLUTION_ID, resolutionId).set(SHARE_INTEREST.ENTRY_ID, entry.id()).execute();
            return new Declared(id, entry, decision);
        });
    }

    private static Map<Year, BigDecimal> tmo(DSLContext dsl) {
        Map<Year, BigDecimal> out = new TreeMap<>();
        dsl.selectFrom(REFERENCE_VALUES).where(REFERENCE_VALUES.KIND.eq("tmo")).forEach(r -> out.put(Year.of(r.getYear()), r.getValue()));
        return out;
    }
}
