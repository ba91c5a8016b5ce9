package org.hearth.governance.distributions;

import static org.hearth.schema.generated.governance.Tables.ASSET_TRANSFERS;
import static org.hearth.schema.generated.governance.Tables.DIVIDENDS;
import static org.hearth.schema.generated.governance.Tables.INTEREST_PAYMENTS;
import static org.hearth.schema.generated.governance.Tables.LOANS;
import static org.hearth.schema.generated.governance.Tables.REFERENCE_VALUES;
import static org.hearth.schema.generated.governance.Tables.SHARE_INTEREST;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.hearth.governance.cic.Dividend;
import org.hearth.governance.cic.Exemption;
import org.hearth.kernel.money.Money;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Dividends, interest on shares, loans and interest paid, and asset transfers: what each distribution booked. */
final class DistributionRepository {

    /** A loan as the interest rule reads it. */
    record LoanTerms(UUID id, String lender, LocalDate agreementDate, BigDecimal principal, boolean performanceRelated) {
    }

    /** A declared dividend's row. */
    record DividendRow(UUID id, UUID yearId, LocalDate declaredOn, Money amount, boolean exempt, String recipient, String registration,
                       String regulatorConsent, UUID resolutionId, UUID entryId) {
    }

    /** A share-interest declaration's row. */
    record ShareInterestRow(UUID id, UUID yearId, LocalDate meetingDate, BigDecimal rate, BigDecimal capRate, Money amount, UUID resolutionId,
                            UUID entryId) {
    }

    /** An interest payment's row. */
    record InterestRow(UUID id, UUID loanId, LocalDate paidOn, Money amount, Money averageOutstanding, BigDecimal capRate, UUID entryId) {
    }

    /** An asset transfer's row. */
    record TransferRow(UUID id, LocalDate on, String recipient, String registration, Money value, Money consideration, String basis,
                       String regulatorConsent, String communityBenefit, UUID entryId) {
    }

    boolean dividendAuthorisedBy(DSLContext dsl, UUID resolutionId) {
        return dsl.fetchExists(DIVIDENDS, DIVIDENDS.RESOLUTION_ID.eq(resolutionId));
    }

    void insertDividend(DSLContext tx, DividendRow d) {
        tx.insertInto(DIVIDENDS).set(DIVIDENDS.ID, d.id()).set(DIVIDENDS.YEAR_ID, d.yearId()).set(DIVIDENDS.DECLARED_ON, d.declaredOn())
                .set(DIVIDENDS.AMOUNT, d.amount().amount()).set(DIVIDENDS.EXEMPT, d.exempt())
                .set(DIVIDENDS.RECIPIENT, d.recipient()).set(DIVIDENDS.RECIPIENT_REGISTRATION, d.registration())
                .set(DIVIDENDS.REGULATOR_CONSENT, d.regulatorConsent()).set(DIVIDENDS.RESOLUTION_ID, d.resolutionId())
                .set(DIVIDENDS.ENTRY_ID, d.entryId()).execute();
    }

    /** The dividends declared in respect of a year, with their exemptions. */
    List<Dividend> dividends(DSLContext dsl, UUID yearId, Currency currency) {
        return dsl.selectFrom(DIVIDENDS).where(DIVIDENDS.YEAR_ID.eq(yearId)).orderBy(DIVIDENDS.DECLARED_ON).fetch(r -> new Dividend(
                new Money(r.getAmount(), currency),
                !r.getExempt() ? Exemption.NONE : r.getRegulatorConsent() != null ? Exemption.regulatorConsent(r.getRegulatorConsent())
                        : Exemption.namedBody(r.getRecipientRegistration())));
    }

    boolean shareInterestAuthorisedBy(DSLContext dsl, UUID resolutionId) {
        return dsl.fetchExists(SHARE_INTEREST, SHARE_INTEREST.RESOLUTION_ID.eq(resolutionId));
    }

    Money shareInterestDeclared(DSLContext dsl, UUID yearId, Currency currency) {
        BigDecimal sum = dsl.select(DSL.sum(SHARE_INTEREST.AMOUNT)).from(SHARE_INTEREST).where(SHARE_INTEREST.YEAR_ID.eq(yearId))
                .fetchOne(0, BigDecimal.class);
        return new Money(sum == null ? BigDecimal.ZERO : sum, currency);
    }

    void insertShareInterest(DSLContext tx, ShareInterestRow s) {
        tx.insertInto(SHARE_INTEREST).set(SHARE_INTEREST.ID, s.id()).set(SHARE_INTEREST.YEAR_ID, s.yearId())
                .set(SHARE_INTEREST.MEETING_DATE, s.meetingDate()).set(SHARE_INTEREST.RATE, s.rate()).set(SHARE_INTEREST.CAP_RATE, s.capRate())
                .set(SHARE_INTEREST.AMOUNT, s.amount().amount()).set(SHARE_INTEREST.RESOLUTION_ID, s.resolutionId())
                .set(SHARE_INTEREST.ENTRY_ID, s.entryId()).execute();
    }

    /** The recorded TMO values by calendar year. */
    Map<Year, BigDecimal> tmo(DSLContext dsl) {
        Map<Year, BigDecimal> out = new TreeMap<>();
        dsl.selectFrom(REFERENCE_VALUES).where(REFERENCE_VALUES.KIND.eq("tmo")).forEach(r -> out.put(Year.of(r.getYear()), r.getValue()));
        return out;
    }

    void insertLoan(DSLContext tx, LoanTerms loan, UUID entryId) {
        tx.insertInto(LOANS).set(LOANS.ID, loan.id()).set(LOANS.LENDER, loan.lender()).set(LOANS.AGREEMENT_DATE, loan.agreementDate())
                .set(LOANS.PRINCIPAL, loan.principal()).set(LOANS.PERFORMANCE_RELATED, loan.performanceRelated()).set(LOANS.ENTRY_ID, entryId)
                .execute();
    }

    /** The loan, locked so that payments of its interest are serialised. */
    Optional<LoanTerms> lockLoan(DSLContext tx, UUID id) {
        return tx.selectFrom(LOANS).where(LOANS.ID.eq(id)).forUpdate().fetchOptional()
                .map(r -> new LoanTerms(r.getId(), r.getLender(), r.getAgreementDate(), r.getPrincipal(), r.getPerformanceRelated()));
    }

    /** Interest paid on a loan after {@code after} and up to {@code upTo}. */
    Money interestPaid(DSLContext dsl, UUID loanId, LocalDate after, LocalDate upTo, Currency currency) {
        BigDecimal sum = dsl.select(DSL.sum(INTEREST_PAYMENTS.AMOUNT)).from(INTEREST_PAYMENTS)
                .where(INTEREST_PAYMENTS.LOAN_ID.eq(loanId).and(INTEREST_PAYMENTS.PAID_ON.gt(after)).and(INTEREST_PAYMENTS.PAID_ON.le(upTo)))
                .fetchOne(0, BigDecimal.class);
        return new Money(sum == null ? BigDecimal.ZERO : sum, currency);
    }

    void insertInterest(DSLContext tx, InterestRow i) {
        tx.insertInto(INTEREST_PAYMENTS).set(INTEREST_PAYMENTS.ID, i.id()).set(INTEREST_PAYMENTS.LOAN_ID, i.loanId())
                .set(INTEREST_PAYMENTS.PAID_ON, i.paidOn()).set(INTEREST_PAYMENTS.AMOUNT, i.amount().amount())
                .set(INTEREST_PAYMENTS.AVERAGE_OUTSTANDING, i.averageOutstanding().amount()).set(INTEREST_PAYMENTS.CAP_RATE, i.capRate())
                .set(INTEREST_PAYMENTS.ENTRY_ID, i.entryId()).execute();
    }

    void insertTransfer(DSLContext tx, TransferRow t) {
        tx.insertInto(ASSET_TRANSFERS).set(ASSET_TRANSFERS.ID, t.id()).set(ASSET_TRANSFERS.TRANSFERRED_ON, t.on())
                .set(ASSET_TRANSFERS.RECIPIENT, t.recipient()).set(ASSET_TRANSFERS.RECIPIENT_REGISTRATION, t.registration())
                .set(ASSET_TRANSFERS.VALUE, t.value().amount()).set(ASSET_TRANSFERS.CONSIDERATION, t.consideration().amount())
                .set(ASSET_TRANSFERS.BASIS, t.basis()).set(ASSET_TRANSFERS.REGULATOR_CONSENT, t.regulatorConsent())
                .set(ASSET_TRANSFERS.COMMUNITY_BENEFIT, t.communityBenefit()).set(ASSET_TRANSFERS.ENTRY_ID, t.entryId()).execute();
    }
}
