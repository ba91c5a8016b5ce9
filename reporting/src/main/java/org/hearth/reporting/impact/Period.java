package org.hearth.reporting.impact;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/** The days a report covers, both included; at most ten years, so a month series stays readable. */
public record Period(LocalDate from, LocalDate to) {

    static final int MAX_YEARS = 10;

    public Period {
        if (to.isBefore(from)) {
            throw new HearthException(ErrorCode.BAD_REQUEST, "The period ends (" + to + ") before it starts (" + from + ").");
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new HearthException(ErrorCode.BAD_REQUEST, "A report covers at most " + MAX_YEARS + " years.");
        }
    }

    /**
     * The period asked for: ISO dates, either missing taking the financial year (from the charter's
     * year start) that contains today.
     */
    public static Period parse(String from, String to, LocalDate today, MonthDay yearStart) {
        LocalDate start = yearStart.atYear(today.getYear());
        if (start.isAfter(today)) {
            start = start.minusYears(1);
        }
        LocalDate f = blank(from) ? null : date(from, "from");
        LocalDate t = blank(to) ? null : date(to, "to");
        if (f == null && t == null) {
            return new Period(start, start.plusYears(1).minusDays(1));
        }
        if (f == null) {
            f = t.minusYears(1).plusDays(1);
        }
        if (t == null) {
            t = f.plusYears(1).minusDays(1);
        }
        return new Period(f, t);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static LocalDate date(String value, String name) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new HearthException(ErrorCode.BAD_REQUEST, name + " is not a date written as YYYY-MM-DD: " + value.strip() + ".");
        }
    }

    /** The first instant of the period (UTC). */
    OffsetDateTime start() {
        return from.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** The first instant after the period (UTC). */
    OffsetDateTime end() {
        return to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** The calendar months the period touches, in order. */
    public List<YearMonth> months() {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    /** The part of {@code month} inside the period. */
    Period within(YearMonth month) {
        LocalDate a = month.atDay(1).isBefore(from) ? from : month.atDay(1);
        LocalDate b = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
        return new Period(a, b);
    }
}
