package org.hearth.governance.ledger;

import static org.hearth.schema.generated.governance.Tables.ACCOUNTS;
import static org.hearth.schema.generated.governance.Tables.FINANCIAL_YEARS;
import static org.hearth.schema.generated.governance.Tables.JOURNAL_ENTRIES;
import static org.hearth.schema.generated.governance.Tables.JOURNAL_LINES;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.hearth.kernel.money.Money;
import org.hearth.schema.generated.governance.tables.records.FinancialYearsRecord;
import org.hearth.schema.generated.governance.tables.records.JournalEntriesRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The ledger's tables. Amounts leave here as {@link Money} in the ledger's currency. */
final class LedgerRepository {

    /** An advisory lock number for "the governance books": decisions that read the whole ledger take it. */
    private static final long GOVERNANCE_LOCK = 0x4845415254484756L;

    private final Currency currency;

    LedgerRepository(Currency currency) {
        this.currency = currency;
    }

    List<Account> accounts(DSLContext dsl) {
        return dsl.selectFrom(ACCOUNTS).orderBy(ACCOUNTS.CODE).fetch(LedgerRepository::account);
    }

    Optional<Account> account(DSLContext dsl, String code) {
        return dsl.selectFrom(ACCOUNTS).where(ACCOUNTS.CODE.eq(code)).fetchOptional(LedgerRepository::account);
    }

    Optional<Account> accountWithRole(DSLContext dsl, String role) {
        return dsl.selectFrom(ACCOUNTS).where(ACCOUNTS.ROLE.eq(role)).fetchOptional(LedgerRepository::account);
    }

    private static Account account(org.hearth.schema.generated.governance.tables.records.AccountsRecord r) {
        return new Account(r.getCode(), r.getName(), AccountType.fromCode(r.getType()).orElseThrow(), r.getRole(), r.getSeeded());
    }

    /** Debits and credits of one account over entries matching {@code where}. */
    Balance balance(DSLContext dsl, Account account, Condition where) {
        var sums = dsl.select(DSL.sum(JOURNAL_LINES.DEBIT), DSL.sum(JOURNAL_LINES.CREDIT))
                .from(JOURNAL_LINES).join(JOURNAL_ENTRIES).on(JOURNAL_ENTRIES.ID.eq(JOURNAL_LINES.ENTRY_ID))
                .where(where.and(JOURNAL_LINES.ACCOUNT_CODE.eq(account.code()))).fetchOne();
        return new Balance(account, money(sums.value1()), money(sums.value2()));
    }

    /** Adds the accounts that are missing; never renames what is there. */
    void seedAccounts(DSLContext tx, List<Account> accounts) {
        for (Account a : accounts) {
            tx.insertInto(ACCOUNTS).set(ACCOUNTS.CODE, a.code()).set(ACCOUNTS.NAME, a.name()).set(ACCOUNTS.TYPE, a.type().code())
                    .set(ACCOUNTS.ROLE, a.role()).set(ACCOUNTS.SEEDED, true).onConflictDoNothing().execute();
        }
    }

    /** Takes the transaction-scoped advisory lock on the governance books. */
    void lockGovernance(DSLContext tx) {
        tx.select(DSL.field("pg_advisory_xact_lock({0})", Object.class, DSL.val(GOVERNANCE_LOCK))).fetch();
    }

    /** Entries booked from {@code from} to {@code to}; either may be null. */
    static Condition between(LocalDate from, LocalDate to) {
        return (from == null ? DSL.noCondition() : JOURNAL_ENTRIES.ENTRY_DATE.ge(from))
                .and(to == null ? DSL.noCondition() : JOURNAL_ENTRIES.ENTRY_DATE.le(to));
    }

    /** Entries with a line on the account {@code code}. */
    static Condition touching(String code) {
        return DSL.exists(DSL.selectOne().from(JOURNAL_LINES)
                .where(JOURNAL_LINES.ENTRY_ID.eq(JOURNAL_ENTRIES.ID).and(JOURNAL_LINES.ACCOUNT_CODE.eq(code))));
    }

    /** The entries booked from {@code from} to {@code to} (either may be null) with a line on the account {@code code}. */
    List<Entry> entriesTouching(DSLContext dsl, String code, LocalDate from, LocalDate to) {
        return entries(dsl, between(from, to).and(touching(code)), 10_000);
    }

    /** Every account's balance over a year's entries, without its closing entry. */
    List<Balance> yearBeforeClosing(DSLContext dsl, UUID yearId) {
        return balances(dsl, JOURNAL_ENTRIES.YEAR_ID.eq(yearId).and(JOURNAL_ENTRIES.KIND.ne(EntryKind.CLOSING.code())));
    }

    boolean insertAccount(DSLContext dsl, String code, String name, AccountType type) {
        return dsl.insertInto(ACCOUNTS).set(ACCOUNTS.CODE, code).set(ACCOUNTS.NAME, name).set(ACCOUNTS.TYPE, type.code())
                .onConflictDoNothing().execute() == 1;
    }

    void insertEntry(DSLContext tx, UUID id, LocalDate entryDate, LocalDate documentDate, UUID yearId, NewEntry entry, String author,
                     UUID reverses) {
        tx.insertInto(JOURNAL_ENTRIES).set(JOURNAL_ENTRIES.ID, id).set(JOURNAL_ENTRIES.ENTRY_DATE, entryDate)
                .set(JOURNAL_ENTRIES.DOCUMENT_DATE, documentDate).set(JOURNAL_ENTRIES.YEAR_ID, yearId).set(JOURNAL_ENTRIES.KIND, entry.kind().code())
                .set(JOURNAL_ENTRIES.DESCRIPTION, entry.description()).set(JOURNAL_ENTRIES.JUSTIFICATION, entry.justification())
                .set(JOURNAL_ENTRIES.AUTHOR, author).set(JOURNAL_ENTRIES.CURRENCY, currency.getCurrencyCode())
                .set(JOURNAL_ENTRIES.REVERSES, reverses).execute();
        var insert = tx.insertInto(JOURNAL_LINES, JOURNAL_LINES.ENTRY_ID, JOURNAL_LINES.LINE_NO, JOURNAL_LINES.ACCOUNT_CODE,
                JOURNAL_LINES.DEBIT, JOURNAL_LINES.CREDIT);
        int n = 0;
        for (Line line : entry.lines()) {
            insert = insert.values(id, ++n, line.account(), line.debit().amount(), line.credit().amount());
        }
        insert.execute();
    }

    Optional<Entry> entry(DSLContext dsl, UUID id) {
        return entries(dsl, JOURNAL_ENTRIES.ID.eq(id), 1).stream().findFirst();
    }

    List<Entry> latest(DSLContext dsl, int limit) {
        List<UUID> ids = dsl.select(JOURNAL_ENTRIES.ID).from(JOURNAL_ENTRIES).orderBy(JOURNAL_ENTRIES.SEQ.desc()).limit(limit).fetch(r -> r.value1());
        List<Entry> found = new ArrayList<>(entries(dsl, JOURNAL_ENTRIES.ID.in(ids), limit));
        found.sort(java.util.Comparator.comparingLong(Entry::seq).reversed());
        return found;
    }

    boolean isReversed(DSLContext dsl, UUID id) {
        return dsl.fetchExists(JOURNAL_ENTRIES, JOURNAL_ENTRIES.REVERSES.eq(id));
    }

    List<Entry> entries(DSLContext dsl, Condition where, int limit) {
        List<JournalEntriesRecord> heads = dsl.selectFrom(JOURNAL_ENTRIES).where(where).orderBy(JOURNAL_ENTRIES.ENTRY_DATE, JOURNAL_ENTRIES.SEQ)
                .limit(limit).fetch();
        Map<UUID, List<Line>> lines = new LinkedHashMap<>();
        if (!heads.isEmpty()) {
            dsl.selectFrom(JOURNAL_LINES).where(JOURNAL_LINES.ENTRY_ID.in(heads.stream().map(JournalEntriesRecord::getId).toList()))
                    .orderBy(JOURNAL_LINES.ENTRY_ID, JOURNAL_LINES.LINE_NO)
                    .forEach(l -> lines.computeIfAbsent(l.getEntryId(), k -> new ArrayList<>())
                            .add(new Line(l.getAccountCode(), money(l.getDebit()), money(l.getCredit()))));
        }
        return heads.stream().map(h -> new Entry(h.getId(), h.getSeq(), h.getEntryDate(), h.getDocumentDate(), h.getYearId(), EntryKind.fromCode(h.getKind()).orElseThrow(),
                h.getDescription(), h.getJustification(), h.getAuthor(), h.getCurrency(), h.getReverses(), h.getPostedAt(),
                lines.getOrDefault(h.getId(), List.of()))).toList();
    }

    /** Debits and credits per account over entries matching {@code where}, for every account (zero when untouched). */
    List<Balance> balances(DSLContext dsl, Condition where) {
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        dsl.select(JOURNAL_LINES.ACCOUNT_CODE, DSL.sum(JOURNAL_LINES.DEBIT), DSL.sum(JOURNAL_LINES.CREDIT))
                .from(JOURNAL_LINES).join(JOURNAL_ENTRIES).on(JOURNAL_ENTRIES.ID.eq(JOURNAL_LINES.ENTRY_ID))
                .where(where).groupBy(JOURNAL_LINES.ACCOUNT_CODE)
                .forEach(r -> sums.put(r.value1(), new BigDecimal[] {r.value2(), r.value3()}));
        return accounts(dsl).stream().map(a -> {
            BigDecimal[] s = sums.getOrDefault(a.code(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            return new Balance(a, money(s[0]), money(s[1]));
        }).toList();
    }

    /**
     * The net change of the natural balance of the accounts with {@code role}, per entry date, for
     * entries dated up to {@code upTo}: the account's history, from which its highest balance is read.
     */
    SortedMap<LocalDate, Money> dailyMovements(DSLContext dsl, String role, LocalDate upTo) {
        SortedMap<LocalDate, Money> days = new TreeMap<>();
        dsl.select(JOURNAL_ENTRIES.ENTRY_DATE, ACCOUNTS.TYPE, DSL.sum(JOURNAL_LINES.DEBIT), DSL.sum(JOURNAL_LINES.CREDIT))
                .from(JOURNAL_LINES).join(JOURNAL_ENTRIES).on(JOURNAL_ENTRIES.ID.eq(JOURNAL_LINES.ENTRY_ID))
                .join(ACCOUNTS).on(ACCOUNTS.CODE.eq(JOURNAL_LINES.ACCOUNT_CODE))
                .where(ACCOUNTS.ROLE.eq(role).and(JOURNAL_ENTRIES.ENTRY_DATE.le(upTo)))
                .groupBy(JOURNAL_ENTRIES.ENTRY_DATE, ACCOUNTS.TYPE)
                .forEach(r -> {
                    Money net = money(r.value3()).minus(money(r.value4()));
                    boolean debitNormal = AccountType.fromCode(r.value2()).orElseThrow().debitNormal();
                    days.merge(r.value1(), debitNormal ? net : net.negate(), Money::plus);
                });
        return days;
    }

    /** Per day and account, what was booked from {@code from} to {@code to}, closing entries left out: one row per day and account. */
    List<DayTotal> dayTotals(DSLContext dsl, LocalDate from, LocalDate to) {
        return dsl.select(JOURNAL_ENTRIES.ENTRY_DATE, JOURNAL_LINES.ACCOUNT_CODE, DSL.sum(JOURNAL_LINES.DEBIT), DSL.sum(JOURNAL_LINES.CREDIT))
                .from(JOURNAL_LINES).join(JOURNAL_ENTRIES).on(JOURNAL_ENTRIES.ID.eq(JOURNAL_LINES.ENTRY_ID))
                .where(between(from, to).and(JOURNAL_ENTRIES.KIND.ne(EntryKind.CLOSING.code())))
                .groupBy(JOURNAL_ENTRIES.ENTRY_DATE, JOURNAL_LINES.ACCOUNT_CODE)
                .orderBy(JOURNAL_ENTRIES.ENTRY_DATE, JOURNAL_LINES.ACCOUNT_CODE)
                .fetch(r -> new DayTotal(r.value1(), r.value2(), money(r.value3()), money(r.value4())));
    }

    Money money(BigDecimal amount) {
        return new Money(amount == null ? BigDecimal.ZERO : amount.stripTrailingZeros(), currency);
    }

    // ---------------------------------------------------------------- years

    List<FinancialYear> years(DSLContext dsl) {
        return dsl.selectFrom(FINANCIAL_YEARS).orderBy(FINANCIAL_YEARS.STARTS_ON).fetch(this::year);
    }

    Optional<FinancialYear> year(DSLContext dsl, UUID id) {
        return dsl.selectFrom(FINANCIAL_YEARS).where(FINANCIAL_YEARS.ID.eq(id)).fetchOptional(this::year);
    }

    /** The year containing {@code date}, locked so that it cannot close while an entry is being booked in it. */
    Optional<FinancialYear> lockYearContaining(DSLContext tx, LocalDate date, boolean exclusive) {
        var query = tx.selectFrom(FINANCIAL_YEARS).where(FINANCIAL_YEARS.STARTS_ON.le(date).and(FINANCIAL_YEARS.ENDS_ON.ge(date)));
        return (exclusive ? query.forUpdate() : query.forShare()).fetchOptional(this::year);
    }

    Optional<FinancialYear> lockFirstOpenYearAfter(DSLContext tx, LocalDate date) {
        return tx.selectFrom(FINANCIAL_YEARS).where(FINANCIAL_YEARS.STATUS.eq("open").and(FINANCIAL_YEARS.STARTS_ON.gt(date)))
                .orderBy(FINANCIAL_YEARS.STARTS_ON).limit(1).forShare().fetchOptional(this::year);
    }

    void insertYear(DSLContext tx, UUID id, LocalDate startsOn, LocalDate endsOn) {
        tx.insertInto(FINANCIAL_YEARS).set(FINANCIAL_YEARS.ID, id).set(FINANCIAL_YEARS.STARTS_ON, startsOn)
                .set(FINANCIAL_YEARS.ENDS_ON, endsOn).set(FINANCIAL_YEARS.STATUS, "open").execute();
    }

    void markClosed(DSLContext tx, UUID id, Money surplus, String by) {
        tx.update(FINANCIAL_YEARS).set(FINANCIAL_YEARS.STATUS, "closed").set(FINANCIAL_YEARS.SURPLUS, surplus.amount())
                .set(FINANCIAL_YEARS.CLOSED_AT, DSL.currentOffsetDateTime()).set(FINANCIAL_YEARS.CLOSED_BY, by)
                .where(FINANCIAL_YEARS.ID.eq(id)).execute();
    }

    boolean setAnnualReportResolution(DSLContext tx, UUID yearId, UUID resolutionId) {
        return tx.update(FINANCIAL_YEARS).set(FINANCIAL_YEARS.ANNUAL_REPORT_RESOLUTION_ID, resolutionId)
                .where(FINANCIAL_YEARS.ID.eq(yearId).and(FINANCIAL_YEARS.ANNUAL_REPORT_RESOLUTION_ID.isNull())).execute() == 1;
    }

    private FinancialYear year(FinancialYearsRecord r) {
        return new FinancialYear(r.getId(), r.getStartsOn(), r.getEndsOn(), r.getStatus().equals("open"),
                r.getSurplus() == null ? null : money(r.getSurplus()), r.getAnnualReportResolutionId());
    }
}
