package org.hearth.governance.cic;

import java.time.LocalDate;
import java.util.Map;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/**
 * Distributable profits were asked for a financial year whose accounts are not among the closed
 * years given. Dividends are declared in respect of a year on the strength of its accounts, so
 * there is nothing to compute until that year is closed. Rendered as {@link ErrorCode#CONFLICT}:
 * the request is well formed, the books are not yet in a state to answer it.
 */
public final class YearNotClosedException extends HearthException {

    private static final long serialVersionUID = 1L;

    private final LocalDate firstDay;

    YearNotClosedException(LocalDate firstDay) {
        super(ErrorCode.CONFLICT, "the financial year starting " + firstDay
                + " is not closed; distributable profits are worked out from closed years only",
                Map.of("financialYearStart", firstDay.toString()));
        this.firstDay = firstDay;
    }

    /** First day of the year that was asked for. */
    public LocalDate firstDay() {
        return firstDay;
    }
}
