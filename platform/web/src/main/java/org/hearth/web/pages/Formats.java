package org.hearth.web.pages;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.hearth.kernel.money.Money;

/**
 * The one place pages turn dates, numbers and money into text, in the page's language:
 * {@code 1 déc. 2026} / {@code 1 Dec 2026}, {@code 12,50 €} / {@code £27,900.50}. Moments are
 * shown in a time zone ({@link TimeZones}): the one the person chose, else their language's usual
 * one (UK time for English, Paris time for French); "UTC" is said only when that is the zone.
 */
public final class Formats {

    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    Formats(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.date = DateTimeFormatter.ofPattern("d MMM uuuu", locale);
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
    }

    /** In the language's usual time zone. */
    public static Formats of(String language) {
        return new Formats(locale(language), TimeZones.usual(language));
    }

    public static Formats of(String language, ZoneId zone) {
        return new Formats(locale(language), zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** English pages use British conventions (the platform's first operators are in the UK); French, France's. */
    static Locale locale(String language) {
        return "fr".equals(language) ? Locale.FRANCE : Locale.UK;
    }

    public String date(LocalDate value) {
        return value == null ? "" : date.format(value);
    }

    public String date(Instant value) {
        return value == null ? "" : date.format(value.atZone(zone));
    }

    /** A moment: its date and time of day in this zone (followed by "UTC" when that is the zone). */
    public String dateTime(Instant value) {
        return value == null ? "" : date.format(value.atZone(zone)) + " " + time.format(value.atZone(zone)) + (ZoneOffset.UTC.equals(zone.normalized()) ? " UTC" : "");
    }

    public String dateTime(java.time.OffsetDateTime value) {
        return value == null ? "" : dateTime(value.toInstant());
    }

    public String number(long value) {
        return spaces(NumberFormat.getIntegerInstance(locale).format(value));
    }

    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        return spaces(format.format(value));
    }

    public String money(Money value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(value.currency());
        int digits = Math.max(value.currency().getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(Math.max(digits, value.amount().scale()));
        return spaces(format.format(value.amount()));
    }

    /** A share or rate held as a fraction (0.35 → 35 %). */
    public String percent(BigDecimal fraction) {
        if (fraction == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(2);
        return spaces(format.format(fraction));
    }

    /** The JDK writes French thousands and units with a narrow no-break space; a plain no-break space reads the same everywhere. */
    private static String spaces(String formatted) {
        return formatted.replace('\u202f', '\u00a0');
    }
}
