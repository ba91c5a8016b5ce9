package org.hearth.governance.charter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * Turns the text of one charter field into its typed value, or explains what was expected.
 * Each method gets the field's path so that the error names it.
 */
final class Values {

    static final String RATE = "a decimal share between 0 and 1 in quotes, such as \"0.35\" for 35%";

    private static final DateTimeFormatter MONTH_DAY =
            DateTimeFormatter.ofPattern("MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final MonthDay LEAP_DAY = MonthDay.of(2, 29);
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    private final Source source;

    Values(Source source) {
        this.source = source;
    }

    BigDecimal decimal(String field, String text, String expected) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw source.error(field, text, "not a number; expected " + expected);
        }
    }

    /** A share of something, from 0 (nothing) to 1 (all of it). */
    BigDecimal rate(String field, String text) {
        BigDecimal rate = decimal(field, text, RATE);
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw source.error(field, text, "out of range; expected " + RATE);
        }
        return rate;
    }

    /** A share that must be above 0: a quorum or majority of nothing would decide nothing. */
    BigDecimal positiveShare(String field, String text) {
        BigDecimal share = decimal(field, text, "a decimal share above 0 and at most 1, such as \"0.50\"");
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw source.error(field, text, "out of range; expected a share above 0 and at most 1, such as \"0.50\"");
        }
        return share;
    }

    LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw source.error(field, text,
                    "not a valid date; expected an ISO date YYYY-MM-DD, such as \"2014-10-01\"");
        }
    }

    MonthDay monthDay(String field, String text) {
        MonthDay day;
        try {
            day = MonthDay.parse(text, MONTH_DAY);
        } catch (DateTimeParseException e) {
            throw source.error(field, text, "not a valid day of the year; expected MM-DD in quotes, such as \"04-01\"");
        }
        if (day.equals(LEAP_DAY)) {
            // Three years in four have no 29 February, so such a year would have no start.
            throw source.error(field, text, "a financial year cannot start on 29 February; expected another MM-DD");
        }
        return day;
    }

    Currency currency(String field, String text) {
        Currency currency = CURRENCY_CODE.matcher(text).matches() ? known(text) : null;
        // Codes for "no currency" or for gold (XAU) are in ISO 4217 but have no minor unit,
        // and no company keeps its books in them.
        if (currency == null || currency.getDefaultFractionDigits() < 0) {
            throw source.error(field, text,
                    "not an ISO 4217 currency code; expected three capital letters such as GBP or EUR");
        }
        return currency;
    }

    private static Currency known(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
