package org.hearth.governance.distributions;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.governance.board.BoardService;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.charter.LegalProfile;
import org.hearth.governance.cic.DistributableProfits;
import org.hearth.governance.cic.Dividend;
import org.hearth.governance.cic.DividendCap;
import org.hearth.governance.cic.DividendDecision;
import org.hearth.governance.cic.Exemption;
import org.hearth.governance.closing.ClosedYears;
import org.hearth.governance.ledger.ChartOfAccounts;
import org.hearth.governance.ledger.Entry;
import org.hearth.governance.ledger.EntryKind;
import org.hearth.governance.ledger.FinancialYear;
import org.hearth.governance.ledger.Ledger;
import org.hearth.governance.ledger.Line;
import org.hearth.governance.ledger.NewEntry;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.money.Money;
import org.jooq.DSLContext;

/**
 * Dividends of a UK CIC, in respect of a closed financial year, authorised by a passed
 * resolution, and within the aggregate cap (reg 19 of SI 2005/1788): the cap in force on the
 * first day of the year, times the distributable profits; exempt dividends to asset-locked
 * bodies (reg 17) do not count. The year's row is locked while deciding, so two declarations
 * cannot both fit in the same headroom.
 */
public final class DividendService {

    /**
     * A dividend to declare.
     *
     * @param recipientRegistration for an exempt dividend to a body named in the charter
     * @param regulatorConsent for an exempt dividend the Regulator consented to
     */
    public record Declaration(UUID yearId, LocalDate declaredOn, Money amount, String recipient, String recipientRegistration,
                              boolean recipientAssetLocked, String regulatorConsent, boolean exempt, UUID resolutionId) {
    }

    private final Db db;
    private final Charter charter;
    private final Ledger ledger;
    private final ClosedYears closedYears;
    private final BoardService board;
    private final DistributionRepository repository = new DistributionRepository();

    public DividendService(Db db, Charter charter, Ledger ledger, ClosedYears closedYears, BoardService board) {
        this.db = db;
        this.charter = charter;
        this.ledger = ledger;
        this.closedYears = closedYears;
        this.board = board;
    }

    /** The cap, what is declared and the headroom for a year, as the board sees it; the year must be closed. */
    public DividendDecision position(DSLContext dsl, FinancialYear year) {
        return DividendCap.check(charter, DistributableProfits.forYear(closedYears.load(dsl), year.startsOn()), declared(dsl, year.id()));
    }

    public record Declared(UUID id, Entry entry, DividendDecision decision) {
    }

    public Declared declare(CallContext ctx, Declaration d) {
        if (charter.legalProfile() != LegalProfile.UK_CIC) {
            throw new HearthException(ErrorCode.LEDGER_RULE, "A " + charter.legalProfile() + " pays interest on shares, not dividends.");
        }
        if (d.recipient() == null || d.recipient().isBlank()) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "A dividend names its recipient (the shareholders or a body).");
        }
        if (!d.amount().isPositive()) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "amount must be more than zero.");
        }
        if (d.exempt() && !d.recipientAssetLocked()) {
            throw new HearthException(ErrorCode.DIVIDEND_CAP_EXCEEDED, "Only a dividend to an asset-locked body can be exempt (reg 17); "
                    + "say recipientAssetLocked and give its registration.", Map.of("outcome", "exemption_not_shown"));
        }
        return db.write(ctx, tx -> {
            ledger.postings().lockGovernance(tx);
            FinancialYear year = ledger.years().lockYear(tx, d.yearId());
            FinancialYear latest = ledger.years().years(tx).stream().filter(y -> !y.open()).reduce((a, b) -> b).orElse(null);
            if (latest == null || !latest.id().equals(year.id())) {
                throw new HearthException(ErrorCode.CONFLICT, "Dividends are declared in respect of the latest closed year"
                        + (latest == null ? "; no year is closed yet." : ", the one starting " + latest.startsOn() + ": its distributable profits "
                        + "take every later loss and distribution into account."));
            }
            board.requirePassed(tx, d.resolutionId(), org.hearth.governance.board.ResolutionSubject.DIVIDEND);
            if (repository.dividendAuthorisedBy(tx, d.resolutionId())) {
                throw new HearthException(ErrorCode.CONFLICT, "This resolution has already authorised a dividend; each declaration needs its own.");
            }
            DistributableProfits profits = DistributableProfits.forYear(closedYears.load(tx), year.startsOn());
            DividendDecision decision = DividendCap.check(charter, profits, declared(tx, year.id()), new Dividend(d.amount(), exemption(d)));
            if (!decision.allowed()) {
                throw new HearthException(ErrorCode.DIVIDEND_CAP_EXCEEDED, decision.explanation(), refusal(decision));
            }
            Entry entry = ledger.postings().postIn(tx, ctx, new NewEntry(d.declaredOn(), EntryKind.DIVIDEND, "Dividend in respect of the year " + year.startsOn()
                    + " to " + d.recipient() + (decision.outcome() == DividendDecision.Outcome.EXEMPT ? " (exempt)" : ""),
                    "Resolution " + d.resolutionId(), List.of(
                            Line.debit(ledger.accounts().withRole(tx, ChartOfAccounts.RETAINED_EARNINGS).code(), d.amount()),
                            Line.credit(ledger.accounts().withRole(tx, ChartOfAccounts.DIVIDENDS_PAYABLE).code(), d.amount()))));
            UUID id = Ids.newId();
            repository.insertDividend(tx, new DistributionRepository.DividendRow(id, year.id(), d.declaredOn(), d.amount(),
                    decision.outcome() == DividendDecision.Outcome.EXEMPT, d.recipient(), blankToNull(d.recipientRegistration()),
                    blankToNull(d.regulatorConsent()), d.resolutionId(), entry.id()));
            return new Declared(id, entry, decision);
        });
    }

    /** The figures a refused declaration answers with (problem details), so the operator sees how much would fit. */
    static Map<String, Object> refusal(DividendDecision decision) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("outcome", decision.outcome().name().toLowerCase(java.util.Locale.ROOT));
        out.put("distributableProfits", decision.profits().available().amount().toPlainString());
        decision.rate().ifPresent(r -> out.put("capRate", r.toPlainString()));
        decision.cap().ifPresent(c -> out.put("cap", c.amount().toPlainString()));
        out.put("declared", decision.declaredNonExempt().amount().toPlainString());
        out.put("declaredExempt", decision.declaredExempt().amount().toPlainString());
        decision.headroom().ifPresent(h -> out.put("headroom", h.amount().toPlainString()));
        return out;
    }

    /** The dividends declared in respect of a year, with their exemptions. */
    private List<Dividend> declared(DSLContext dsl, UUID yearId) {
        return repository.dividends(dsl, yearId, ledger.currency());
    }

    private static Exemption exemption(Declaration d) {
        if (!d.exempt()) {
            return Exemption.NONE;
        }
        if (d.regulatorConsent() != null && !d.regulatorConsent().isBlank()) {
            return Exemption.regulatorConsent(d.regulatorConsent());
        }
        return Exemption.namedBody(d.recipientRegistration() == null ? "" : d.recipientRegistration());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
