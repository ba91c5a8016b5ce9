package org.hearth.governance.scic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hearth.kernel.money.Money;

/**
 * The ESUS pay check of one year, with its figures.
 *
 * @param annualSmic the annual full-time pay at the SMIC for the year
 * @param limits the multiples applied
 * @param bestPaid the best-paid people averaged, highest first (fewer than the limit's count when
 *     fewer people were paid)
 * @param averageOfBestPaid their average pay, rounded up to the cent (for display: the check
 *     compares exact totals)
 * @param averageLimit averageMultiple × SMIC, rounded down to the cent
 * @param highestPay the best-paid person's pay; zero when nobody was paid
 * @param highestLimit highestMultiple × SMIC, rounded down to the cent
 * @param averageWithinLimit whether the average is at most its limit
 * @param highestWithinLimit whether the highest pay is at most its limit
 */
public record PayRatioResult(
        Money annualSmic,
        EsusLimits limits,
        List<AnnualPay> bestPaid,
        Money averageOfBestPaid,
        Money averageLimit,
        Money highestPay,
        Money highestLimit,
        boolean averageWithinLimit,
        boolean highestWithinLimit) {

    public PayRatioResult {
        Objects.requireNonNull(annualSmic, "annualSmic");
        Objects.requireNonNull(limits, "limits");
        bestPaid = List.copyOf(bestPaid);
        Objects.requireNonNull(averageOfBestPaid, "averageOfBestPaid");
        Objects.requireNonNull(averageLimit, "averageLimit");
        Objects.requireNonNull(highestPay, "highestPay");
        Objects.requireNonNull(highestLimit, "highestLimit");
    }

    /** Whether both limits are met. */
    public boolean passes() {
        return averageWithinLimit && highestWithinLimit;
    }

    /** Each limit broken, in a sentence; empty when the check passes. */
    public List<String> failures() {
        List<String> failures = new ArrayList<>();
        if (!averageWithinLimit) {
            failures.add("the average pay of the " + bestPaid.size() + " best-paid, " + averageOfBestPaid
                    + ", is above " + limits.averageMultiple().toPlainString() + " × the annual SMIC (" + averageLimit
                    + ", Code du travail L3332-17-1)");
        }
        if (!highestWithinLimit) {
            failures.add("the highest pay, " + highestPay + ", is above " + limits.highestMultiple().toPlainString()
                    + " × the annual SMIC (" + highestLimit + ", Code du travail L3332-17-1)");
        }
        return failures;
    }
}
