package org.hearth.tenants.billing.documents;

import java.util.Objects;
import java.util.regex.Pattern;

/** An invoice number: series, year and a sequence without gaps in them, written {@code HE-2026-000042}. */
public record InvoiceNumber(String series, int year, long sequence) {

    private static final Pattern SERIES = Pattern.compile("[A-Z]{1,8}");

    public InvoiceNumber {
        Objects.requireNonNull(series, "series");
        if (!SERIES.matcher(series).matches()) {
            throw new IllegalArgumentException("a series is 1 to 8 capital letters: " + series);
        }
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("a sequence runs from 1 to 999999: " + sequence);
        }
    }

    @Override
    public String toString() {
        return "%s-%d-%06d".formatted(series, year, sequence);
    }
}
