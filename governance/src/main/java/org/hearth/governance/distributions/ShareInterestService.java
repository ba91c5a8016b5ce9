package org.hearth.governance.distributions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.governance.board.BoardService;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.charter.LegalProfile;
import org.hearth.governance.ledger.ChartOfAccounts;
import org.hearth.governance.ledger.Entry;
import org.hearth.governance.ledger.EntryKind;
import org.hearth.governance.ledger.FinancialYear;
import org.hearth.governance.ledger.Ledger;
import org.hearth.governance.ledger.Line;
import org.hearth.governance.ledger.NewEntry;
import org.hearth.governance.scic.ShareInterestCap;
import org.hearth.governance.scic.ShareInterestDecision;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.money.Money;

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
    private final Ledger ledger;
    private final BoardService board;
    private final DistributionRepository repository = new DistributionRepository();

    public ShareInterestService(Db db, Charter charter, Ledger ledger, BoardService board) {
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
    public Declared declare(CallContext ctx, UUID yearId, BigDecimal rate, Money amount, UUID resolutionId) {
        if (charter.legalProfile() != LegalProfile.FR_SCIC) {
            throw new HearthException(ErrorCode.LEDGER_RULE, "Interest on shares is the SCIC's distribution; a " + charter.legalProfile()
                    + " declares dividends.");
        }
        if (rate == null || rate.signum() < 0 || !amount.isPositive()) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "rate is a share such as 0.035 and amount is positive.");
        }
        return db.write(ctx, tx -> {
            ledger.postings().lockGovernance(tx);
            FinancialYear year = ledger.years().lockYear(tx, yearId);
            if (year.open()) {
                throw new HearthException(ErrorCode.CONFLICT, "Interest on shares is paid out of a closed year's surplus.");
            }
            LocalDate meetingDate = board.requirePassed(tx, resolutionId, org.hearth.governance.board.ResolutionSubject.SHARE_INTEREST).meeting().heldOn();
            if (repository.shareInterestAuthorisedBy(tx, resolutionId)) {
                throw new HearthException(ErrorCode.CONFLICT, "This resolution has already authorised interest on shares.");
            }
            ShareInterestDecision decision = ShareInterestCap.check(charter.scic().orElseThrow(), repository.tmo(tx), meetingDate, rate);
            if (!decision.allowed()) {
                throw new HearthException(ErrorCode.SHARE_INTEREST_CAP_EXCEEDED, decision.explanation(), Map.of(
                        "rate", rate.toPlainString(), "cap", decision.limit().cap().toPlainString(),
                        "averageTmo", decision.limit().averageTmo().toPlainString(), "margin", decision.limit().margin().toPlainString()));
            }
            Money capital = ledger.statements().balanceOf(tx, ChartOfAccounts.SHARE_CAPITAL, meetingDate);
            Money allowed = capital.times(rate, java.math.RoundingMode.DOWN);
            Money declared = repository.shareInterestDeclared(tx, yearId, amount.currency());
            if (declared.plus(amount).compareTo(allowed) > 0) {
                throw new HearthException(ErrorCode.SHARE_INTEREST_CAP_EXCEEDED, "Interest at " + rate.toPlainString() + " on " + capital
                        + " of share capital comes to at most " + allowed + "; " + declared + " is already declared for the year.",
                        Map.of("shareCapital", capital.amount().toPlainString(), "maximum", allowed.amount().toPlainString(),
                                "declared", declared.amount().toPlainString()));
            }
            Money retained = ledger.statements().balanceOf(tx, ChartOfAccounts.RETAINED_EARNINGS, null);
            if (amount.compareTo(retained) > 0) {
                throw new HearthException(ErrorCode.LEDGER_RULE, "Only " + retained + " of retained surplus is available.",
                        Map.of("available", retained.amount().toPlainString()));
            }
            Entry entry = ledger.postings().postIn(tx, ctx, new NewEntry(meetingDate, EntryKind.SHARE_INTEREST, "Interest on shares at " + rate.toPlainString()
                    + " for the year " + year.startsOn(), "Resolution " + resolutionId + "; " + decision.explanation(), List.of(
                    Line.debit(ledger.accounts().withRole(tx, ChartOfAccounts.RETAINED_EARNINGS).code(), amount),
                    Line.credit(ledger.accounts().withRole(tx, ChartOfAccounts.SHARE_INTEREST_PAYABLE).code(), amount))));
            UUID id = Ids.newId();
            repository.insertShareInterest(tx, new DistributionRepository.ShareInterestRow(id, yearId, meetingDate, rate, decision.limit().cap(),
                    amount, resolutionId, entry.id()));
            return new Declared(id, entry, decision);
        });
    }
}
