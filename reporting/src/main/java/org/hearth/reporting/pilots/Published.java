package org.hearth.reporting.pilots;

import java.math.BigDecimal;
import java.util.List;

/**
 * A noisy answer as it is published and recorded: the figure with its 95% interval (where the
 * true figure lies with probability at least 95%), or, for a histogram, each bin's noisy count
 * with the same half-width. Nothing in it is exact.
 *
 * @param value the noisy figure; null for a histogram
 * @param bins a histogram's bins in their declared order; empty otherwise
 */
public record Published(BigDecimal value, BigDecimal low95, BigDecimal high95, BigDecimal halfWidth95, List<Bin> bins) {

    public Published {
        bins = List.copyOf(bins);
    }

    /** One bin of a histogram: its label and noisy count. */
    public record Bin(String label, long value) {
    }
}
