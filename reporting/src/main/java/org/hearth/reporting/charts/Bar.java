package org.hearth.reporting.charts;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One bar: what it stands for, its value (what its length is drawn from) and the value written
 * the way the page's language writes it.
 */
public record Bar(String label, BigDecimal value, String shown) {

    public Bar {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(shown, "shown");
    }
}
