package org.hearth.governance.distributions;

import static org.hearth.schema.generated.governance.Tables.INTEREST_PAYMENTS;
import static org.hearth.schema.generated.governance.Tables.LOANS;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.charter.LegalProfile;
import org.hearth.governance.cic.InterestDecision;
import org.hearth.governance.cic.PerformanceInterest;
import org.hearth.governance.cic.PerformanceInterestCap;
import org.hearth.governance.ledger.ChartOfAccounts;
import org.hearth.governance.ledger.Entry;
import org.hearth.governance.ledger.LedgerService;
import org.hearth.governance.ledger.Line;
import org.hearth.governance.ledger.NewEntry;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.money.Money;

/**
 * Loans received, and interest paid on them. For a UK CIC, interest on a performance-related
 * loan is capped (reg 21 of SI 2005/1788) at the rate in force on the day the loan agreement
 * was made, times the average amount outstanding over the period the interest is for (the
 * twelve months before it falls due); a payment above it is refused before it is booked.
 */
public final class LoanService {

    public record Loan(UUID id, String lender, LocalDate agreementDate, Money principal, boolean performanceRelated, Entry entry) {
    }

    private final Db db;
    private final Charter charter;
    private final LedgerService ledger;

    public LoanService(Db db, Charter charter, LedgerService ledger) {
        this.db = db;
        this.charter = charter;
        this.ledger = ledger;
    }

    public Loan record(String lender, LocalDate agreementDate, LocalDate receivedOn, Money principal, boolean performanceRelated, String by) {
        if (lender == null || lender.isBlank() || !principal.isPositive()) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "A loan names its lender and a positive principal.");
        }
        return db.tx("governance.record_loan", tx -> {
            Entry entry = ledger.postIn(tx, new NewEntry(receivedOn, "loan", "Loan from " + lender.strip()
                    + (performanceRelated ? " (performance-related)" : ""), "Loan agreement of " + agreementDate, List.of(
                    Line.debit(ledger.accountWithRole(tx, ChartOfAccounts.CASH).code(), principal),
                    Line.credit(ledger.accountWithRole(tx, ChartOfAccounts.LOANS).code(), principal))), by, null);
            UUID id = Ids.newId();
            tx.insertInto(LOANS).set(LOANS.ID, id).set(LOANS.LENDER, lender.strip()).set(LOANS.AGREEMENT_DATE, agreementDate)
                    .set(LOANS.PRINCIPAL, principal.amount()).set(LOANS.PERFORMANCE_RELATED, performanceRelated).set(LOANS.ENTRY_ID, entry.id()).execute();
            return new Loan(id, lender.strip(), agreementDate, principal, performanceRelated, entry);
        });
    }

    public record Paid(UUID id, Entry entry, InterestDecision decision) {
    }

    public Paid payInterest(UUID loanId, LocalDate paidOn, Money amount, Money averageOutstanding, String by) {
        if (!amount.isPositive() || averageOutstanding.isNegative()) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "Interest is a positive amount; the average outstanding is not negative.");
        }
        return db.tx("governance.pay_interest", tx -> {
            var loan = tx.selectFrom(LOANS).where(LOANS.ID.eq(loanId)).forUpdate().fetchOptional()
                    .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "There is no loan with this id."));
            if (averageOutstanding.amount().compareTo(loan.getPrincipal()) > 0) {
                throw new HearthException(ErrorCode.VALIDATION_FAILED, "averageOutstanding cannot exceed the principal lent ("
                        + loan.getPrincipal().toPlainString() + ").");
            }
            InterestDecision decision = null;
            if (loan.getPerformanceRelated() && charter.legalProfile() == LegalProfile.UK_CIC) {
                // The cap bounds the interest for the twelve months before it is paid, so earlier
                // payments in that window count with this one.
                java.math.BigDecimal earlier = tx.select(org.jooq.impl.DSL.sum(INTEREST_PAYMENTS.AMOUNT)).from(INTEREST_PAYMENTS)
                        .where(INTEREST_PAYMENTS.LOAN_ID.eq(loanId).and(INTEREST_PAYMENTS.PAID_ON.gt(paidOn.minusYears(1)))
                                .and(INTEREST_PAYMENTS.PAID_ON.le(paidOn))).fetchOne(0, java.math.BigDecimal.class);
                Money inWindow = amount.plus(new Money(earlier == null ? java.math.BigDecimal.ZERO : earlier, amount.currency()));
                decision = PerformanceInterestCap.check(charter, new PerformanceInterest(loan.getAgreementDate(), averageOutstanding, inWindow));
                if (!decision.allowed()) {
                    Map<String, Object> figures = new LinkedHashMap<>();
                    figures.put("outcome", decision.outcome().name().toLowerCase(java.util.Locale.ROOT));
                    figures.put("agreementDate", loan.getAgreementDate().toString());
                    decision.rate().ifPresent(r -> figures.put("capRate", r.toPlainString()));
                    decision.cap().ifPresent(c -> figures.put("cap", c.amount().toPlainString()));
                    figures.put("interest", amount.amount().toPlainString());
                    figures.put("interestInTwelveMonths", inWindow.amount().toPlainString());
                    figures.put("averageOutstanding", averageOutstanding.amount().toPlainString());
                    throw new HearthException(ErrorCode.INTEREST_CAP_EXCEEDED, decision.explanation(), figures);
                }
            }
            Entry entry = ledger.postIn(tx, new NewEntry(paidOn, "interest", "Interest to " + loan.getLender(), "Loan agreement of "
                    + loan.getAgreementDate(), List.of(
                    Line.debit(ledger.accountWithRole(tx, ChartOfAccounts.INTEREST).code(), amount),
                    Line.credit(ledger.accountWithRole(tx, ChartOfAccounts.CASH).code(), amount))), by, null);
            UUID id = Ids.newId();
            tx.insertInto(INTEREST_PAYMENTS).set(INTEREST_PAYMENTS.ID, id).set(INTEREST_PAYMENTS.LOAN_ID, loanId).set(INTEREST_PAYMENTS.PAID_ON, paidOn)
                    .set(INTEREST_PAYMENTS.AMOUNT, amount.amount()).set(INTEREST_PAYMENTS.AVERAGE_OUTSTANDING, averageOutstanding.amount())
                    .set(INTEREST_PAYMENTS.CAP_RATE, decision == null ? null : decision.rate().orElse(null)).set(INTEREST_PAYMENTS.ENTRY_ID, entry.id())
                    .execute();
            return new Paid(id, entry, decision);
        });
    }
}
