package org.hearth.governance.ledger;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.kernel.money.Money;

/**
 * A financial year, from the charter's year start to the day before the next.
 *
 * @param surplus the result booked at closing (negative for a loss); null while open
 * @param annualReportResolution the passed resolution that approved the year's report, or null
 */
public record FinancialYear(UUID id, LocalDate startsOn, LocalDate endsOn, boolean open, Money surplus, UUID annualReportResolution) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }
}
