package org.hearth.datastore;

import java.util.Locale;
import java.util.regex.Pattern;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/** A normalised email address: trimmed, lower-cased, with one @ and a dotted domain. */
public record Email(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    public Email {
        value = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "Enter an email address such as name@example.org.");
        }
    }

    @Override
    public String toString() {
        return "Email[***]";
    }
}
