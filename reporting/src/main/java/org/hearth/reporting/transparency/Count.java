package org.hearth.reporting.transparency;

/**
 * A published count: its value, or nothing when it is suppressed (too few individuals or tenants).
 *
 * @param value the count; null exactly when suppressed
 */
public record Count(Long value) {

    public static Count of(long value) {
        return new Count(value);
    }

    public static Count suppressed() {
        return new Count(null);
    }

    public boolean isSuppressed() {
        return value == null;
    }
}
