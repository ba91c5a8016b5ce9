package org.hearth.governance.reinvestment;

import java.time.LocalDate;
import java.util.Map;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/**
 * A uk-cic year made a profit but the charter records no dividend cap in force on its first day,
 * so the least it had to retain is unknown. Nothing is guessed; the schedule must be completed.
 * Rendered as {@link ErrorCode#CONFLICT}: the request is fine, the recorded data cannot answer it.
 */
public final class MissingCapRateException extends HearthException {

    private static final long serialVersionUID = 1L;

    private final LocalDate firstDay;

    MissingCapRateException(LocalDate firstDay) {
        super(ErrorCode.CONFLICT, "no dividend cap is recorded in force on " + firstDay
                + ", the first day of the year; the least share to retain cannot be worked out",
                Map.of("financialYearStart", firstDay.toString()));
        this.firstDay = firstDay;
    }

    /** First day of the year without a rate. */
    public LocalDate firstDay() {
        return firstDay;
    }
}
