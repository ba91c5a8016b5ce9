package org.hearth.reporting.transparency;

import static org.hearth.schema.generated.datastore.Tables.AGREEMENTS;
import static org.hearth.schema.generated.datastore.Tables.INDIVIDUALS;
import static org.hearth.schema.generated.governance.Tables.ACCOUNTS;
import static org.hearth.schema.generated.governance.Tables.FINANCIAL_YEARS;
import static org.hearth.schema.generated.governance.Tables.JOURNAL_ENTRIES;
import static org.hearth.schema.generated.governance.Tables.JOURNAL_LINES;
import static org.hearth.schema.generated.tenants.Tables.TENANTS_;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.governance.PublishedBooks;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Record6;

/**
 * The raw figures of a period, read from the other modules' tables: the ledger's revenue and
 * expense accounts (without the closing entry, which zeroes them), individuals, tenants and
 * agreements. Tenant-owned tables are under row-level security, so the caller runs these under
 * the system scope. Nothing here is published as it is: {@link Disclosure} decides that.
 */
final class TransparencyRepository {

    /** One revenue or expense account's movement over a period, in its natural direction. */
    record AccountTotal(String code, String name, String type, String role, BigDecimal amount) {
    }

    /**
     * What the report is made of changes only if one of these does: the ledger's latest entry (every
     * booking, dividend, allocation and closing is an entry), the years and which are closed, the
     * individuals and erasures, the agreements and the tenants. Cheap to read on every request.
     */
    record Fingerprint(long lastEntry, long years, long closedYears, long individuals, long erased, long agreements, long tenants, long pilots) {
    }

    Fingerprint fingerprint(DSLContext dsl) {
        Long last = dsl.select(max(JOURNAL_ENTRIES.SEQ)).from(JOURNAL_ENTRIES).fetchOne(0, Long.class);
        return new Fingerprint(last == null ? 0 : last, dsl.fetchCount(FINANCIAL_YEARS),
                dsl.fetchCount(FINANCIAL_YEARS, FINANCIAL_YEARS.STATUS.eq("closed")), dsl.fetchCount(INDIVIDUALS),
                dsl.fetchCount(INDIVIDUALS, INDIVIDUALS.ERASED_AT.isNotNull()), dsl.fetchCount(AGREEMENTS), dsl.fetchCount(TENANTS_),
                org.hearth.reporting.pilots.PilotsRun.everApproved(dsl));
    }

    List<AccountTotal> incomeAndCosts(DSLContext dsl, UUID yearId, LocalDate from, LocalDate to) {
        List<AccountTotal> totals = new ArrayList<>();
        for (Record6<String, String, String, String, BigDecimal, BigDecimal> r : dsl
                .select(ACCOUNTS.CODE, ACCOUNTS.NAME, ACCOUNTS.TYPE, ACCOUNTS.ROLE, sum(JOURNAL_LINES.DEBIT), sum(JOURNAL_LINES.CREDIT))
                .from(JOURNAL_LINES).join(JOURNAL_ENTRIES).on(JOURNAL_ENTRIES.ID.eq(JOURNAL_LINES.ENTRY_ID))
                .join(ACCOUNTS).on(ACCOUNTS.CODE.eq(JOURNAL_LINES.ACCOUNT_CODE))
                .where(JOURNAL_ENTRIES.YEAR_ID.eq(yearId), JOURNAL_ENTRIES.KIND.ne(PublishedBooks.CLOSING_ENTRY_KIND),
                        JOURNAL_ENTRIES.ENTRY_DATE.between(from, to), ACCOUNTS.TYPE.in("revenue", "expense"))
                .groupBy(ACCOUNTS.CODE, ACCOUNTS.NAME, ACCOUNTS.TYPE, ACCOUNTS.ROLE)
                .orderBy(ACCOUNTS.CODE)
                .fetch()) {
            BigDecimal debits = r.value5();
            BigDecimal credits = r.value6();
            BigDecimal natural = "expense".equals(r.value3()) ? debits.subtract(credits) : credits.subtract(debits);
            totals.add(new AccountTotal(r.value1(), r.value2(), r.value3(), r.value4(), natural));
        }
        return totals;
    }

    /** Individuals who held a store at some time in the period: opened by its end, not erased before it began. */
    long individualsServed(DSLContext dsl, LocalDate from, LocalDate to) {
        return dsl.fetchCount(INDIVIDUALS, INDIVIDUALS.CREATED_AT.lt(startOf(to.plusDays(1))),
                INDIVIDUALS.ERASED_AT.isNull().or(INDIVIDUALS.ERASED_AT.ge(startOf(from))));
    }

    /** Accounts erased in the period: each erasure request honoured (keys destroyed, organisations told). */
    long erasures(DSLContext dsl, LocalDate from, LocalDate to) {
        return dsl.fetchCount(INDIVIDUALS, INDIVIDUALS.ERASED_AT.ge(startOf(from)), INDIVIDUALS.ERASED_AT.lt(startOf(to.plusDays(1))));
    }

    /** Tenants registered by the end of the period, grouped by kind. */
    List<Group> tenantsByKind(DSLContext dsl, LocalDate to) {
        Map<String, Set<UUID>> byKind = new LinkedHashMap<>();
        for (Record2<String, UUID> r : dsl.select(TENANTS_.KIND, TENANTS_.ID).from(TENANTS_)
                .where(TENANTS_.CREATED_AT.lt(startOf(to.plusDays(1)))).fetch()) {
            byKind.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2());
        }
        return byKind.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue().size(), e.getValue())).toList();
    }

    /** Agreements granted in the period, grouped by the purpose of the request they accept. */
    List<Group> agreementsByPurpose(DSLContext dsl, LocalDate from, LocalDate to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Set<UUID>> tenants = new LinkedHashMap<>();
        for (Record2<String, UUID> r : dsl.select(AGREEMENTS.PURPOSE, AGREEMENTS.TENANT_ID).from(AGREEMENTS)
                .where(AGREEMENTS.GRANTED_AT.ge(startOf(from)), AGREEMENTS.GRANTED_AT.lt(startOf(to.plusDays(1)))).fetch()) {
            counts.merge(r.value1(), 1L, Long::sum);
            tenants.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2());
        }
        return counts.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue(), tenants.get(e.getKey()))).toList();
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
