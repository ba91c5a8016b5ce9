package org.hearth.governance.ledger;

import static org.hearth.governance.ledger.LedgerRepository.between;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.UUID;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.money.Money;
import org.jooq.DSLContext;

/** Reading the books: entries, balances, the trial balance, account statements and a year's result. */
public final class Statements {

    /** One account's movements over a period, with the balance before and after. */
    public record Statement(Account account, Money opening, List<Entry> entries, Money closing) {
    }

    private final Db db;
    private final Amounts amounts;
    private final LedgerRepository repository;

    Statements(Db db, Amounts amounts, LedgerRepository repository) {
        this.db = db;
        this.amounts = amounts;
        this.repository = repository;
    }

    /** The latest {@code limit} entries, newest first. */
    public List<Entry> latest(int limit) {
        return db.read("ledger.latest", dsl -> repository.latest(dsl, limit));
    }

    /**
     * Per day and account, the debits and credits booked from {@code from} to {@code to} (either may
     * be null), closing entries left out: summed by PostgreSQL, so a long period costs a few thousand
     * rows, not every entry.
     */
    public List<DayTotal> dayTotals(LocalDate from, LocalDate to) {
        return db.read("ledger.day_totals", dsl -> repository.dayTotals(dsl, from, to));
    }

    public List<Entry> entries(LocalDate from, LocalDate to, int limit) {
        return db.read("ledger.entries", dsl -> repository.entries(dsl, between(from, to), limit));
    }

    public Optional<Entry> entry(UUID id) {
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
                .orElse(amounts.zero());
    }

    /**
     * The net change of the natural balance of the account(s) with {@code role} on each day that
     * moved it, up to the end of {@code upTo}. The ledger is append-only and a closed year's entries
     * never move, so the history up to a closed date never changes.
     */
    public SortedMap<LocalDate, Money> dailyMovements(DSLContext dsl, String role, LocalDate upTo) {
        return repository.dailyMovements(dsl, role, upTo);
    }

    public Statement statement(String code, LocalDate from, LocalDate to) {
        return db.read("ledger.statement", dsl -> {
            Account account = repository.account(dsl, code)
                    .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "There is no account " + code + "."));
            Money opening = from == null ? amounts.zero() : repository.balance(dsl, account, between(null, from.minusDays(1))).natural();
            List<Entry> entries = repository.entriesTouching(dsl, code, from, to);
            Money closing = repository.balance(dsl, account, between(null, to)).natural();
            return new Statement(account, opening, entries, closing);
        });
    }

    /**
     * Every account's debits and credits booked in a year, without its closing entry: the year's
     * revenue and expenses by account as the result was worked out from (the annual report reads it).
     */
    public List<Balance> yearBeforeClosing(DSLContext dsl, FinancialYear year) {
        return repository.yearBeforeClosing(dsl, year.id());
    }

    /** Revenue less expenses booked in a year, without its closing entry. */
    public Money result(DSLContext dsl, FinancialYear year) {
        Money result = amounts.zero();
        for (Balance b : repository.yearBeforeClosing(dsl, year.id())) {
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
        Money result = amounts.zero();
        for (Balance b : repository.yearBeforeClosing(dsl, year.id())) {
            AccountType type = b.account().type();
            if ((type != AccountType.REVENUE && type != AccountType.EXPENSE) || b.net().isZero()) {
                continue;
            }
            Money net = b.net();
            lines.add(net.isPositive() ? Line.credit(b.account().code(), net) : Line.debit(b.account().code(), net.negate()));
            result = result.minus(net);
        }
        String retained = repository.accountWithRole(dsl, ChartOfAccounts.RETAINED_EARNINGS)
                .orElseThrow(() -> new IllegalStateException("The chart of accounts has no retained earnings")).code();
        if (result.isPositive()) {
            lines.add(Line.credit(retained, result));
        } else if (result.isNegative()) {
            lines.add(Line.debit(retained, result.negate()));
        }
        return lines;
    }
}
