package org.hearth.reporting.annual;

import static org.hearth.schema.generated.datastore.Tables.AGREEMENTS;
import static org.hearth.schema.generated.datastore.Tables.INDIVIDUALS;
import static org.hearth.schema.generated.datastore.Tables.RECORDS;
import static org.hearth.schema.generated.governance.Tables.ASSET_TRANSFERS;
import static org.hearth.schema.generated.governance.Tables.DIVIDENDS;
import static org.hearth.schema.generated.governance.Tables.INTEREST_PAYMENTS;
import static org.hearth.schema.generated.governance.Tables.LOANS;
import static org.hearth.schema.generated.governance.Tables.PAY_RECORDS;
import static org.hearth.schema.generated.governance.Tables.SHARE_INTEREST;
import static org.hearth.schema.generated.platform.Tables.STAFF;
import static org.hearth.schema.generated.reporting.Tables.ANNUAL_REPORTS;
import static org.hearth.schema.generated.reporting.Tables.ANNUAL_REPORT_NARRATIVES;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.reporting.usage.UsageByDay;
import org.jooq.DSLContext;

/**
 * The report's own rows (narratives, frozen copies) and what it reads from the other modules'
 * tables: the platform's impact counts and governance's decisions of the year. Tenant-owned tables
 * are under row-level security, so the service runs these under the system scope.
 */
final class AnnualReportRepository {

    /** Counts of the platform's use over a year (UTC days, both ends included). */
    record Impact(long individuals, long records, long agreements, long consentedReads) {
    }

    record DividendRow(LocalDate declaredOn, String recipient, BigDecimal amount, boolean exempt) {
    }

    record TransferRow(LocalDate on, String recipient, String registration, BigDecimal value, BigDecimal consideration, String basis) {
    }

    record InterestRow(String lender, LocalDate agreementDate, LocalDate paidOn, BigDecimal amount, BigDecimal averageOutstanding,
                       BigDecimal capRate) {
    }

    record ShareInterestRow(LocalDate meetingDate, BigDecimal rate, BigDecimal capRate, BigDecimal amount) {
    }

    record PayRow(String person, BigDecimal annualPay) {
    }

    record Frozen(UUID resolutionId, String content, String digest) {
    }

    Impact impact(DSLContext dsl, LocalDate from, LocalDate to) {
        OffsetDateTime start = from.atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime end = to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        return new Impact(
                dsl.fetchCount(INDIVIDUALS, INDIVIDUALS.CREATED_AT.lt(end).and(INDIVIDUALS.ERASED_AT.isNull().or(INDIVIDUALS.ERASED_AT.ge(start)))),
                dsl.fetchCount(RECORDS, RECORDS.CREATED_AT.ge(start).and(RECORDS.CREATED_AT.lt(end))),
                dsl.fetchCount(AGREEMENTS, AGREEMENTS.GRANTED_AT.ge(start).and(AGREEMENTS.GRANTED_AT.lt(end))),
                // metered by billing exactly once per consented read, read from the daily roll-up
                UsageByDay.total(UsageByDay.days(dsl, from, to)).getOrDefault("consented_reads", BigDecimal.ZERO).longValue());
    }

    List<DividendRow> dividends(DSLContext dsl, UUID yearId) {
        return dsl.selectFrom(DIVIDENDS).where(DIVIDENDS.YEAR_ID.eq(yearId)).orderBy(DIVIDENDS.DECLARED_ON, DIVIDENDS.ID)
                .fetch(r -> new DividendRow(r.getDeclaredOn(), r.getRecipient(), r.getAmount(), r.getExempt()));
    }

    List<TransferRow> transfers(DSLContext dsl, LocalDate from, LocalDate to) {
        return dsl.selectFrom(ASSET_TRANSFERS).where(ASSET_TRANSFERS.TRANSFERRED_ON.between(from, to))
                .and(ASSET_TRANSFERS.CONSIDERATION.lt(ASSET_TRANSFERS.VALUE))
                .orderBy(ASSET_TRANSFERS.TRANSFERRED_ON, ASSET_TRANSFERS.ID)
                .fetch(r -> new TransferRow(r.getTransferredOn(), r.getRecipient(), r.getRecipientRegistration(), r.getValue(),
                        r.getConsideration(), r.getBasis()));
    }

    List<InterestRow> performanceInterest(DSLContext dsl, LocalDate from, LocalDate to) {
        return dsl.select(LOANS.LENDER, LOANS.AGREEMENT_DATE, INTEREST_PAYMENTS.PAID_ON, INTEREST_PAYMENTS.AMOUNT,
                        INTEREST_PAYMENTS.AVERAGE_OUTSTANDING, INTEREST_PAYMENTS.CAP_RATE)
                .from(INTEREST_PAYMENTS).join(LOANS).on(LOANS.ID.eq(INTEREST_PAYMENTS.LOAN_ID))
                .where(LOANS.PERFORMANCE_RELATED.isTrue()).and(INTEREST_PAYMENTS.PAID_ON.between(from, to))
                .orderBy(INTEREST_PAYMENTS.PAID_ON, INTEREST_PAYMENTS.ID)
                .fetch(r -> new InterestRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    List<ShareInterestRow> shareInterest(DSLContext dsl, UUID yearId) {
        return dsl.selectFrom(SHARE_INTEREST).where(SHARE_INTEREST.YEAR_ID.eq(yearId)).orderBy(SHARE_INTEREST.MEETING_DATE, SHARE_INTEREST.ID)
                .fetch(r -> new ShareInterestRow(r.getMeetingDate(), r.getRate(), r.getCapRate(), r.getAmount()));
    }

    List<PayRow> pay(DSLContext dsl, int calendarYear) {
        return dsl.selectFrom(PAY_RECORDS).where(PAY_RECORDS.YEAR.eq(calendarYear)).orderBy(PAY_RECORDS.PERSON)
                .fetch(r -> new PayRow(r.getPerson(), r.getAnnualPay()));
    }

    /** The newest version of each part, then older ones: the whole history of a year, newest first. */
    List<Narrative> narratives(DSLContext dsl, UUID yearId) {
        return dsl.selectFrom(ANNUAL_REPORT_NARRATIVES).where(ANNUAL_REPORT_NARRATIVES.YEAR_ID.eq(yearId))
                .orderBy(ANNUAL_REPORT_NARRATIVES.WRITTEN_AT.desc(), ANNUAL_REPORT_NARRATIVES.ID)
                .fetch(r -> new Narrative(r.getPart(), r.getBody(), r.getAuthorName(), r.getWrittenAt().toInstant()));
    }

    Narrative insertNarrative(DSLContext tx, UUID yearId, String part, String body, UUID authorId, String authorName) {
        var r = tx.insertInto(ANNUAL_REPORT_NARRATIVES).set(ANNUAL_REPORT_NARRATIVES.ID, UUID.randomUUID())
                .set(ANNUAL_REPORT_NARRATIVES.YEAR_ID, yearId).set(ANNUAL_REPORT_NARRATIVES.PART, part)
                .set(ANNUAL_REPORT_NARRATIVES.BODY, body).set(ANNUAL_REPORT_NARRATIVES.AUTHOR_ID, authorId)
                .set(ANNUAL_REPORT_NARRATIVES.AUTHOR_NAME, authorName).returning().fetchOne();
        return new Narrative(r.getPart(), r.getBody(), r.getAuthorName(), r.getWrittenAt().toInstant());
    }

    Optional<String> staffEmail(DSLContext dsl, UUID staffId) {
        return dsl.select(STAFF.EMAIL).from(STAFF).where(STAFF.ID.eq(staffId)).fetchOptional(STAFF.EMAIL);
    }

    Optional<Frozen> frozen(DSLContext dsl, UUID yearId) {
        return dsl.selectFrom(ANNUAL_REPORTS).where(ANNUAL_REPORTS.YEAR_ID.eq(yearId))
                .fetchOptional(r -> new Frozen(r.getResolutionId(), r.getContent(), r.getDigest()));
    }

    /** Stores the frozen copy unless another transaction did first; either way, the stored one is the report. */
    Frozen freeze(DSLContext tx, UUID yearId, Frozen copy) {
        tx.insertInto(ANNUAL_REPORTS).set(ANNUAL_REPORTS.YEAR_ID, yearId).set(ANNUAL_REPORTS.RESOLUTION_ID, copy.resolutionId())
                .set(ANNUAL_REPORTS.CONTENT, copy.content()).set(ANNUAL_REPORTS.DIGEST, copy.digest())
                .onConflict(ANNUAL_REPORTS.YEAR_ID).doNothing().execute();
        return frozen(tx, yearId).orElseThrow();
    }

    static Instant instant(OffsetDateTime t) {
        return t.toInstant();
    }
}
