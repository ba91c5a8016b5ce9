package org.hearth.reporting.annual;

import java.util.Objects;

/**
 * One value of a report's table, kept in its machine form (amounts as plain decimals, dates as ISO
 * dates, rates as decimal fractions) so that the CSV and the digest never depend on a reader's
 * locale; the page and the PDF format it by its kind.
 *
 * @param value the machine form, or null when there is nothing to show (a cap with no rate in force)
 */
public record Cell(Kind kind, String value) {

    /** How a value is read and shown. */
    public enum Kind {
        /** Words the platform holds as written (a recipient's name). */
        TEXT,
        /** A message key: the row's name, shown in the reader's language. */
        LABEL,
        /** An amount in the report's currency. */
        MONEY,
        /** A decimal fraction (0.35 for 35%). */
        RATE,
        /** A whole number. */
        COUNT,
        DATE,
        /** {@code true} or {@code false}. */
        YES_NO
    }

    public Cell {
        Objects.requireNonNull(kind, "kind");
    }

    public static Cell text(String value) {
        return new Cell(Kind.TEXT, value);
    }

    public static Cell label(String key) {
        return new Cell(Kind.LABEL, key);
    }

    public static Cell money(org.hearth.kernel.money.Money value) {
        return new Cell(Kind.MONEY, value == null ? null : value.amount().toPlainString());
    }

    public static Cell rate(java.math.BigDecimal value) {
        return new Cell(Kind.RATE, value == null ? null : value.stripTrailingZeros().toPlainString());
    }

    public static Cell count(long value) {
        return new Cell(Kind.COUNT, Long.toString(value));
    }

    public static Cell date(java.time.LocalDate value) {
        return new Cell(Kind.DATE, value == null ? null : value.toString());
    }

    public static Cell yesNo(boolean value) {
        return new Cell(Kind.YES_NO, Boolean.toString(value));
    }
}
