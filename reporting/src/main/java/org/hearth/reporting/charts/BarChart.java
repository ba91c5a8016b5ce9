package org.hearth.reporting.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * A horizontal bar chart with its title and a sentence describing it. {@link #svg()} draws it; a
 * bar's length is proportional to its value, the longest bar filling the plot; a negative value
 * draws no bar (its figure is still written beside it and in the table).
 *
 * @param id unique on the page: the ids of the title and the description derive from it
 */
public record BarChart(String id, String title, String description, List<Bar> bars) {

    /** The width of the plot area in SVG units: the longest bar's length. */
    public static final int PLOT = 300;
    static final int LABEL = 160;
    static final int ROW = 28;
    static final int BAR = 18;

    public BarChart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        bars = List.copyOf(bars);
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("A chart id is lower-case letters, digits and dashes: " + id);
        }
    }

    /** The length of bar {@code i} in SVG units, to two decimals. */
    public BigDecimal length(int i) {
        BigDecimal max = bars.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        BigDecimal value = bars.get(i).value();
        if (max.signum() <= 0 || value.signum() <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return value.multiply(BigDecimal.valueOf(PLOT)).divide(max, 2, RoundingMode.HALF_UP);
    }

    /** The chart as an SVG element, to put in a page as it is. */
    public String svg() {
        return Svg.of(this);
    }
}
