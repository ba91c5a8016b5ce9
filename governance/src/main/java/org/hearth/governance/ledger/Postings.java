package org.hearth.governance.ledger;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.money.Money;
import org.jooq.DSLContext;

/**
 * Posting and reversing entries. The author written in the books is the actor's reference
 * ({@code staff:<id>}, {@code system:<job>}).
 *
 * <p>Decisions where the issue is silent: the ledger keeps one currency, the charter's, and an
 * entry in another is refused rather than converted (statutory accounts are kept in one
 * currency); an entry dated in a closed year is booked on the first day of the next open year,
 * keeping its document date, so closed figures never move; manual entries may not touch the
 * accounts the legal rules move (retained earnings, reserves, dividends payable, transfers for
 * community benefit), so that the rules cannot be bypassed by hand.
 */
public final class Postings {

    /** Liabilities the rules create that a manual {@code payment} entry may settle (debit), up to their balance. */
    private static final Set<String> PAYABLE = Set.of(ChartOfAccounts.DIVIDENDS_PAYABLE, ChartOfAccounts.SHARE_INTEREST_PAYABLE);

    private final Db db;
    private final Amounts amounts;
    private final MonthDay yearStart;
    private final LedgerRepository repository;

    Postings(Db db, Amounts amounts, MonthDay yearStart, LedgerRepository repository) {
        this.db = db;
        this.amounts = amounts;
        this.yearStart = yearStart;
        this.repository = repository;
    }

    /** A manual entry by an operator, in its own transaction; a kind only the platform books is a 422 {@code ledger_rule}. */
    public Entry post(CallContext ctx, NewEntry entry) {
        if (!entry.kind().manual()) {
            throw new HearthException(ErrorCode.LEDGER_RULE, "kind must be one of " + EntryKind.manualCodes()
                    + "; dividends, interest, asset transfers and allocations have their own operations.");
        }
        return db.write(ctx, tx -> {
            repository.lockGovernance(tx);
            for (Line line : entry.lines()) {
                Account account = repository.account(tx, line.account()).orElse(null);
                if (account != null) {
                    checkManual(tx, entry, line, account);
                }
            }
            return book(tx, ctx, entry, null);
        });
    }

    /**
     * Manual entries move money between assets, liabilities, revenue and expenses. Equity moves
     * only by share capital subscribed, and the accounts the rules move (retained earnings,
     * reserves, loans, interest, community-benefit transfers) only through their operations;
     * a declared dividend or interest on shares is paid by a {@code payment} entry that debits
     * the payable, never beyond what was declared. An allowlist, so that an account an operator
     * adds cannot become a side door.
     */
    private void checkManual(DSLContext tx, NewEntry entry, Line line, Account account) {
        String role = account.role();
        boolean payment = entry.kind() == EntryKind.PAYMENT && role != null && PAYABLE.contains(role) && line.debit().isPositive();
        boolean ruleOnly = role != null && (ChartOfAccounts.RULE_ONLY.contains(role) || PAYABLE.contains(role));
        boolean equity = account.type() == AccountType.EQUITY
                && !(ChartOfAccounts.SHARE_CAPITAL.equals(role) && entry.kind() == EntryKind.SHARE_CAPITAL);
        if ((ruleOnly || equity) && !payment) {
            throw new HearthException(ErrorCode.LEDGER_RULE, "Account " + account.code() + " (" + account.name()
                    + ") moves only through its governed operation, not a manual entry.");
        }
        if (payment) {
            Money owed = repository.accountWithRole(tx, role).map(a -> repository.balance(tx, a, LedgerRepository.between(null, null)).natural())
                    .orElse(amounts.zero());
            if (line.debit().compareTo(owed) > 0) {
                throw new HearthException(ErrorCode.LEDGER_RULE, "Only " + owed + " is owed on " + account.name() + ".",
                        Map.of("owed", owed.amount().toPlainString()));
            }
        }
    }

    /** Serialises decisions that read the whole ledger (dividends, closing, allocations) with each other and with postings. */
    public void lockGovernance(DSLContext tx) {
        repository.lockGovernance(tx);
    }

    /** An entry the rules post inside their own transaction (dividends, closing, transfers...), by {@code ctx}'s actor. */
    public Entry postIn(DSLContext tx, CallContext ctx, NewEntry entry) {
        return book(tx, ctx, entry, null);
    }

    private Entry book(DSLContext tx, CallContext ctx, NewEntry entry, UUID reverses) {
        check(tx, entry);
        LocalDate documentDate = entry.date();
        FinancialYear year = repository.lockYearContaining(tx, documentDate, false)
                .orElseThrow(() -> new HearthException(ErrorCode.NO_OPEN_YEAR, "No financial year covers " + documentDate
                        + "; open it first (years start on " + yearStart + ")."));
        LocalDate entryDate = documentDate;
        if (!year.open()) {
            year = repository.lockFirstOpenYearAfter(tx, documentDate)
                    .orElseThrow(() -> new HearthException(ErrorCode.NO_OPEN_YEAR, "The year of " + documentDate
                            + " is closed and no later year is open to take the entry."));
            entryDate = year.startsOn();
        }
        UUID id = Ids.newId();
        repository.insertEntry(tx, id, entryDate, documentDate, year.id(), entry, ctx.actor().ref(), reverses);
        return repository.entry(tx, id).orElseThrow();
    }

    private void check(DSLContext tx, NewEntry entry) {
        if (blank(entry.description()) || blank(entry.justification())) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "An entry needs a description and a justification (a reference to its document).");
        }
        if (entry.lines().size() < 2) {
            throw new HearthException(ErrorCode.UNBALANCED_ENTRY, "An entry needs at least two lines.");
        }
        Money debits = amounts.zero();
        Money credits = amounts.zero();
        for (Line line : entry.lines()) {
            if (!line.debit().currency().equals(amounts.currency()) || !line.credit().currency().equals(amounts.currency())) {
                throw new HearthException(ErrorCode.LEDGER_RULE, "The ledger is kept in " + amounts.currency().getCurrencyCode() + " only.");
            }
            if (line.debit().isNegative() || line.credit().isNegative() || line.debit().isPositive() == line.credit().isPositive()) {
                throw new HearthException(ErrorCode.VALIDATION_FAILED, "Each line is either a positive debit or a positive credit.");
            }
            if (repository.account(tx, line.account()).isEmpty()) {
                throw new HearthException(ErrorCode.VALIDATION_FAILED, "There is no account " + line.account() + ".");
            }
            debits = debits.plus(line.debit());
            credits = credits.plus(line.credit());
        }
        if (!debits.equals(credits)) {
            throw new HearthException(ErrorCode.UNBALANCED_ENTRY, "Debits (" + debits + ") and credits (" + credits + ") differ.",
                    Map.of("debits", debits.amount().toPlainString(), "credits", credits.amount().toPlainString()));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank() || s.length() > 1000;
    }

    /** Posts the mirror image of an entry: every debit becomes a credit. An entry is reversed at most once. */
    public Entry reverse(CallContext ctx, UUID entryId, LocalDate date, String reason) {
        return db.write(ctx, tx -> {
            Entry original = repository.entry(tx, entryId)
                    .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "There is no entry with this id."));
            if (original.kind() == EntryKind.CLOSING || original.reverses() != null) {
                throw new HearthException(ErrorCode.LEDGER_RULE, "Closing entries and reversals cannot be reversed.");
            }
            if (!original.kind().manual()) {
                throw new HearthException(ErrorCode.LEDGER_RULE, "A " + original.kind().code() + " entry was checked by the legal rules; "
                        + "it cannot be undone by a reversal. Book the correcting operation instead.");
            }
            if (repository.isReversed(tx, entryId)) {
                throw new HearthException(ErrorCode.CONFLICT, "This entry has already been reversed.");
            }
            List<Line> mirrored = original.lines().stream().map(l -> new Line(l.account(), l.credit(), l.debit())).toList();
            return book(tx, ctx, new NewEntry(date, EntryKind.REVERSAL, "Reversal of entry " + original.seq() + ": " + original.description(),
                    reason, mirrored), entryId);
        });
    }
}
