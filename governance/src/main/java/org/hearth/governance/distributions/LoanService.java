package org.hearth.governance.distributions;

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
import org.hearth.governance.ledger.EntryKind;
import org.hearth.governance.ledger.Ledger;
import org.hearth.governance.ledger.Line;
import org.hearth.governance.ledger.NewEntry;
import org.hearth.kernel.actor.CallContext;
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
    private final Ledger ledger;
    private final DistributionRepository repository = new DistributionRepository();

    public LoanService(Db db, Charter charter, Ledger ledger) {
        this.db = db;
        this.charter = charter;
        this.ledger = ledger;
    }

    public Loan record(CallContext ctx, String lender, LocalDate agreementDate, LocalDate receivedOn, Money principal, boolean performanceRelated) {
        if (lender == null || lender.isBlank() || !principal.isPositive()) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "A loan names its lender and a positive principal.");
        }
        return db.write(ctx, tx -> {
            Entry entry = ledger.postings().postIn(tx, ctx, new NewEntry(receivedOn, EntryKind.LOAN, "Loan from " + lender.strip()
                    + (performanceRelated ? " (performance-related)" : ""), "Loan agreement of " + agreementDate, List.of(
                    Line.debit(ledger.accounts().withRole(tx, ChartOfAccounts.CASH).code(), principal),
                    Line.credit(ledger.accounts().withRole(tx, ChartOfAccounts.LOANS).code(), principal))));
            UUID id = Ids.newId();
            repository.insertLoan(tx, new DistributionRepository.LoanTerms(id, lender.strip(), agreementDate, principal.amount(),
                    performanceRelated), entry.id());
            return new Loan(id, lender.strip(), agreementDate, principal, performanceRelated, entry);
        });
    }

    public record Paid(UUID id, Entry entry, InterestDecision decision) {
    }

    public Paid payInterest(CallContext ctx, UUID loanId, LocalDate paidOn, Money amount, Money averageOutstanding) {
        if (!amount.isPositive() || averageOutstanding.isNegative()) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "Interest is a positive amount; the average outstanding is not negative.");
        }
        return db.write(ctx, tx -> {
            var loan = repository.lockLoan(tx, loanId)
                    .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "There is no loan with this id."));
            if (averageOutstanding.amount().compareTo(loan.principal()) > 0) {
                throw new HearthException(ErrorCode.VALIDATION_FAILED, "averageOutstanding cannot exceed the principal lent ("
                        + loan.principal().toPlainString() + ").");
            }
            InterestDecision decision = null;
            if (loan.performanceRelated() && charter.legalProfile() == LegalProfile.UK_CIC) {
                // The cap bounds the interest for the twelve months before it is paid, so earlier
                // payments in that window count with this one.
                Money inWindow = amount.plus(repository.interestPaid(tx, loanId, paidOn.minusYears(1), paidOn, amount.currency()));
                decision = PerformanceInterestCap.check(charter, new PerformanceInterest(loan.agreementDate(), averageOutstanding, inWindow));
                if (!decision.allowed()) {
                    Map<String, Object> figures = new LinkedHashMap<>();
                    figures.put("outcome", decision.outcome().name().toLowerCase(java.util.Locale.ROOT));
                    figures.put("agreementDate", loan.agreementDate().toString());
                    decision.rate().ifPresent(r -> figures.put("capRate", r.toPlainString()));
                    decision.cap().ifPresent(c -> figures.put("cap", c.amount().toPlainString()));
                    figures.put("interest", amount.amount().toPlainString());
                    figures.put("interestInTwelveMonths", inWindow.amount().toPlainString());
                    figures.put("averageOutstanding", averageOutstanding.amount().toPlainString());
                    throw new HearthException(ErrorCode.INTEREST_CAP_EXCEEDED, decision.explanation(), figures);
                }
            }
            Entry entry = ledger.postings().postIn(tx, ctx, new NewEntry(paidOn, EntryKind.INTEREST, "Interest to " + loan.lender(), "Loan agreement of "
                    + loan.agreementDate(), List.of(
                    Line.debit(ledger.accounts().withRole(tx, ChartOfAccounts.INTEREST).code(), amount),
                    Line.credit(ledger.accounts().withRole(tx, ChartOfAccounts.CASH).code(), amount))));
            UUID id = Ids.newId();
            repository.insertInterest(tx, new DistributionRepository.InterestRow(id, loanId, paidOn, amount, averageOutstanding,
                    decision == null ? null : decision.rate().orElse(null), entry.id()));
            return new Paid(id, entry, decision);
        });
    }
}
