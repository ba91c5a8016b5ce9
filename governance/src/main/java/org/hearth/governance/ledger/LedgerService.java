package org.hearth.governance.ledger;

import static org.hearth.schema.generated.governance.Tables.JOURNAL_ENTRIES;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.money.Money;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Posting, reversing and reading the ledger.
 *
 * <p>Decisions where the issue is silent: the ledger keeps one currency, the charter's, and an
 * entry in another is refused rather than converted (statutory accounts are kept in one
 * currency); an entry dated in a closed year is booked on the first day of the next open year,
 * keeping its document date, so closed figures never move; manual entries may not touch the
 * accounts the legal rules move (retained earnings, reserves, dividends payable, transfers for
 * community benefit), so that the rules cannot be bypassed by hand.
 */
public final class LedgerService {

    /** What an operator may post by hand. The other kinds come from the rules' own operations. */
    public static final Set<String> MANUAL_KINDS = Set.of("revenue", "cost", "grant", "donation", "share_capital", "adjustment", "payment");

    /** Liabilities the rules create that a manual {@code payment} entry may settle (debit), up to their balance. */
    private static final Set<String> PAYABLE = Set.of(ChartOfAccounts.DIVIDENDS_PAYABLE, ChartOfAccounts.SHARE_INTEREST_PAYABLE);

    /** An advisory lock number for "the governance books": decisions that read the whole ledger take it. */
    private static final long GOVERNANCE_LOCK = 0x4845415254484756L;

    private final Db db;
    private final Currency currency;
    private final MonthDay yearStart;
    private final LedgerRepository repository;

    public LedgerService(Db db, Currency currency, MonthDay yearStart) {
        this.db = db;
        this.currency = currency;
        this.yearStart = yearStart;
        this.repository = new LedgerRepository(currency);
    }

    public Currency currency() {
        return currency;
    }

    public Money money(String amount) {
        try {
            return Money.of(amount, currency);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "Amounts are decimal strings in " + currency.getCurrencyCode()
                    + " with at most " + currency.getDefaultFractionDigits() + " decimals, e.g. \"1250.00\".");
        }
    }

    /** A strictly positive amount; 400 otherwise. */
    public Money positive(String amount, String field) {
        Money money = money(amount);
        if (!money.isPositive()) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, field + " must be more than zero.");
        }
        return money;
    }

    /** The latest {@code limit} entries, newest first. */
    public List<Entry> latest(int limit) {
        return db.read("ledger.latest", dsl -> repository.latest(dsl, limit));
    }

    // ---------------------------------------------------------------- accounts

    public List<Account> accounts() {
        return db.read("ledger.accounts", repository::accounts);
    }

    public Account addAccount(String code, String name, AccountType type) {
        if (code == null || !code.matches("[0-9A-Za-z.-]{1,20}") || name == null || name.isBlank() || name.length() > 200) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "An account needs a code (letters, digits, dot or dash, up to 20) and a name.");
        }
        if (!db.tx("ledger.add_account", tx -> repository.insertAccount(tx, code, name.strip(), type))) {
            throw new HearthException(ErrorCode.CONFLICT, "There is already an account " + code + ".");
        }
        return new Account(code, name.strip(), type, null, false);
    }

    /** The account the rules know by {@code role}. */
    public Account accountWithRole(DSLContext dsl, String role) {
        return repository.accountWithRole(dsl, role)
                .orElseThrow(() -> new IllegalStateException("The chart of accounts has no account with role " + role));
    }

    // ---------------------------------------------------------------- posting

    /** A manual entry by an operator, in its own transaction. */
    public Entry post(NewEntry entry, String author) {
        if (!MANUAL_KINDS.contains(entry.kind())) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "kind must be one of " + new java.util.TreeSet<>(MANUAL_KINDS)
                    + "; dividends, interest, asset transfers and allocations have their own operations.");
        }
        return db.tx("ledger.post", tx -> {
            lockGovernance(tx);
            for (Line line : entry.lines()) {
                Account account = repository.account(tx, line.account()).orElse(null);
                if (account != null) {
                    checkManual(tx, entry, line, account);
                }
            }
            return postIn(tx, entry, author, null);
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
        boolean payment = entry.kind().equals("payment") && role != null && PAYABLE.contains(role) && line.debit().isPositive();
        boolean ruleOnly = role != null && (ChartOfAccounts.RULE_ONLY.contains(role) || PAYABLE.contains(role));
        boolean equity = account.type() == AccountType.EQUITY
                && !(ChartOfAccounts.SHARE_CAPITAL.equals(role) && entry.kind().equals("share_capital"));
        if ((ruleOnly || equity) && !payment) {
            throw new HearthException(ErrorCode.LEDGER_RULE, "Account " + account.code() + " (" + account.name()
                    + ") moves only through its governed operation, not a manual entry.");
        }
        if (payment) {
            Money owed = balanceOf(tx, role, null);
            if (line.debit().compareTo(owed) > 0) {
                throw new HearthException(ErrorCode.LEDGER_RULE, "Only " + owed + " is owed on " + account.name() + ".",
                        Map.of("owed", owed.amount().toPlainString()));
            }
        }
    }

    /** Serialises decisions that read the whole ledger (dividends, closing, allocations) with each other and with postings. */
    public void lockGovernance(DSLContext tx) {
        tx.select(DSL.field("pg_advisory_xact_lock({0})", Object.class, DSL.val(GOVERNANCE_LOCK))).fetch();
    }

    /** An entry the rules post inside their own transaction (dividends, closing, transfers...). */
    public Entry postIn(DSLContext tx, NewEntry entry, String author, UUID reverses) {
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
        repository.insertEntry(tx, id, entryDate, documentDate, year.id(), entry, author, reverses);
        return repository.entry(tx, id).orElseThrow();
    }

    private void check(DSLContext tx, NewEntry entry) {
        if (blank(entry.description()) || blank(entry.justification())) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "An entry needs a description and a justification (a reference to its document).");
        }
        if (entry.lines().size() < 2) {
            throw new HearthException(ErrorCode.UNBALANCED_ENTRY, "An entry needs at least two lines.");
        }
        Money debits = Money.zero(currency);
        Money credits = Money.zero(currency);
        for (Line line : entry.lines()) {
            if (!line.debit().currency().equals(currency) || !line.credit().currency().equals(currency)) {
                throw new HearthException(ErrorCode.LEDGER_RULE, "The ledger is kept in " + currency.getCurrencyCode() + " only.");
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
    public Entry reverse(UUID entryId, LocalDate date, String reason, String author) {
        return db.tx("ledger.reverse", tx -> {
            Entry original = repository.entry(tx, entryId)
                    .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "There is no entry with this id."));
            if (original.kind().equals("closing") || original.reverses() != null) {
                throw new HearthException(ErrorCode.LEDGER_RULE, "Closing entries and reversals cannot be reversed.");
            }
            if (!MANUAL_KINDS.contains(original.kind())) {
                throw new HearthException(ErrorCode.LEDGER_RULE, "A " + original.kind() + " entry was checked by the legal rules; "
                        + "it cannot be undone by a reversal. Book the correcting operation instead.");
            }
            if (repository.isReversed(tx, entryId)) {
                throw new HearthException(ErrorCode.CONFLICT, "This entry has already been reversed.");
            }
            List<Line> mirrored = original.lines().stream().map(l -> new Line(l.account(), l.credit(), l.debit())).toList();
            return postIn(tx, new NewEntry(date, "reversal", "Reversal of entry " + original.seq() + ": " + original.description(),
                    reason, mirrored), author, entryId);
        });
    }

    // ---------------------------------------------------------------- reading

    public List<Entry> entries(LocalDate from, LocalDate to, int limit) {
        return db.read("ledger.entries", dsl -> repository.entries(dsl, between(from, to), limit));
    }

    public java.util.Optional<Entry> entry(UUID id) {
        return db.read("ledger.entry", dsl -> repository.entry(dsl, id));
    }

    /** Every account's debits and credits for entries booked from {@code from} to {@code to} (either may be null). */
    public List<Balance> trialBalance(LocalDate from, LocalDate to) {
        return db.read("ledger.trial_balance", dsl -> repository.balances(dsl, between(from, to)));
    }

    /** Balances inside a transaction the rules already hold. */
    public List<Balance> balances(DSLContext dsl, LocalDate from, LocalDate to) {
        return repository.balances(dsl, between(from, to));
    }

    /** The natural balance of the account with {@code role} at the end of {@code upTo} (null: to date). */
    public Money balanceOf(DSLContext dsl, String role, LocalDate upTo) {
        return repository.accountWithRole(dsl, role).map(a -> repository.balance(dsl, a, between(null, upTo)).natural())
                .orElse(Money.zero(currency));
    }

    /**
     * The net change of the natural balance of the account(s) with {@code role} on each day that
     * moved it, up to the end of {@code upTo}. The ledger is append-only and a closed year's entries
     * never move, so the history up to a closed date never changes.
     */
    public java.util.SortedMap<LocalDate, Money> dailyMovements(DSLContext dsl, String role, LocalDate upTo) {
        return repository.dailyMovements(dsl, role, upTo);
    }

    /** The account with this code, read in the caller's transaction. */
    public java.util.Optional<Account> account(DSLContext dsl, String code) {
        return repository.account(dsl, code);
    }

    /** One account's movements over a period, with the balance before and after. */
    public record Statement(Account account, Money opening, List<Entry> entries, Money closing) {
    }

    public Statement statement(String code, LocalDate from, LocalDate to) {
        return db.read("ledger.statement", dsl -> {
            Account account = repository.account(dsl, code)
                    .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "There is no account " + code + "."));
            Money opening = from == null ? Money.zero(currency) : repository.balance(dsl, account, between(null, from.minusDays(1))).natural();
            Condition touches = DSL.exists(DSL.selectOne().from(org.hearth.schema.generated.governance.Tables.JOURNAL_LINES)
                    .where(org.hearth.schema.generated.governance.Tables.JOURNAL_LINES.ENTRY_ID.eq(JOURNAL_ENTRIES.ID)
                            .and(org.hearth.schema.generated.governance.Tables.JOURNAL_LINES.ACCOUNT_CODE.eq(code))));
            List<Entry> entries = repository.entries(dsl, between(from, to).and(touches), 10_000);
            Money closing = repository.balance(dsl, account, between(null, to)).natural();
            return new Statement(account, opening, entries, closing);
        });
    }

    private static Condition between(LocalDate from, LocalDate to) {
        return (from == null ? DSL.noCondition() : JOURNAL_ENTRIES.ENTRY_DATE.ge(from))
                .and(to == null ? DSL.noCondition() : JOURNAL_ENTRIES.ENTRY_DATE.le(to));
    }

    // ---------------------------------------------------------------- years

    public List<FinancialYear> years() {
        return db.read("ledger.years", repository::years);
    }

    public FinancialYear year(UUID id) {
        return db.read("ledger.year", dsl -> repository.year(dsl, id))
                .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "There is no financial year with this id."));
    }

    /**
     * Opens the year starting on {@code startsOn}, which must be a charter year start. Years
     * follow each other without gaps: the first may start anywhere, each later one the day after
     * the last ends.
     */
    public FinancialYear openYear(LocalDate startsOn) {
        if (startsOn == null || !MonthDay.from(startsOn).equals(yearStart)) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "A financial year starts on the charter's year start ("
                    + yearStart.getMonthValue() + "-" + yearStart.getDayOfMonth() + ").");
        }
        return db.tx("ledger.open_year", tx -> {
            List<FinancialYear> years = repository.years(tx);
            if (years.stream().anyMatch(y -> y.startsOn().equals(startsOn))) {
                throw new HearthException(ErrorCode.CONFLICT, "The year starting " + startsOn + " is already open or closed.");
            }
            if (!years.isEmpty() && !years.getLast().endsOn().plusDays(1).equals(startsOn)) {
                throw new HearthException(ErrorCode.CONFLICT, "The next year to open starts on " + years.getLast().endsOn().plusDays(1) + ".");
            }
            UUID id = Ids.newId();
            repository.insertYear(tx, id, startsOn, startsOn.plusYears(1).minusDays(1));
            return repository.year(tx, id).orElseThrow();
        });
    }

    /** Used by closing: the year, locked against concurrent postings and closings. */
    public FinancialYear lockYear(DSLContext tx, UUID id) {
        FinancialYear year = repository.year(tx, id)
                .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "There is no financial year with this id."));
        return repository.lockYearContaining(tx, year.startsOn(), true).orElseThrow();
    }

    public List<FinancialYear> years(DSLContext dsl) {
        return repository.years(dsl);
    }

    public void markClosed(DSLContext tx, UUID id, Money surplus, String by) {
        repository.markClosed(tx, id, surplus, by);
    }

    public void openNextIfMissing(DSLContext tx, FinancialYear closed) {
        LocalDate next = closed.endsOn().plusDays(1);
        if (repository.years(tx).stream().noneMatch(y -> y.startsOn().equals(next))) {
            repository.insertYear(tx, Ids.newId(), next, next.plusYears(1).minusDays(1));
        }
    }

    public boolean recordAnnualReportApproval(DSLContext tx, UUID yearId, UUID resolutionId) {
        return repository.setAnnualReportResolution(tx, yearId, resolutionId);
    }

    /** Revenue less expenses booked in a year, without its closing entry. */
    public Money result(DSLContext dsl, FinancialYear year) {
        Money result = Money.zero(currency);
        for (Balance b : repository.balances(dsl, JOURNAL_ENTRIES.YEAR_ID.eq(year.id()).and(JOURNAL_ENTRIES.KIND.ne("closing")))) {
            if (b.account().type() == AccountType.REVENUE) {
                result = result.plus(b.natural());
            } else if (b.account().type() == AccountType.EXPENSE) {
                result = result.minus(b.natural());
            }
        }
        return result;
    }

    /** Lines that zero the year's revenue and expense accounts into retained earnings. */
    public List<Line> closingLines(DSLContext dsl, FinancialYear year) {
        List<Line> lines = new ArrayList<>();
        Money result = Money.zero(currency);
        for (Balance b : repository.balances(dsl, JOURNAL_ENTRIES.YEAR_ID.eq(year.id()).and(JOURNAL_ENTRIES.KIND.ne("closing")))) {
            AccountType type = b.account().type();
            if ((type != AccountType.REVENUE && type != AccountType.EXPENSE) || b.net().isZero()) {
                continue;
            }
            Money net = b.net();
            lines.add(net.isPositive() ? Line.credit(b.account().code(), net) : Line.debit(b.account().code(), net.negate()));
            result = result.minus(net);
        }
        String retained = accountWithRole(dsl, ChartOfAccounts.RETAINED_EARNINGS).code();
        if (result.isPositive()) {
            lines.add(Line.credit(retained, result));
        } else if (result.isNegative()) {
            lines.add(Line.debit(retained, result.negate()));
        }
        return lines;
    }
}
