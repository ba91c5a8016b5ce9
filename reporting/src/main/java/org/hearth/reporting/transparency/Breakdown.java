package org.hearth.reporting.transparency;

import java.util.List;

/**
 * A breakdown as published: the groups shown, then {@link #OTHER} (the small groups merged) if any,
 * and the total. When even the merged groups would be about too few, every part and the total are
 * suppressed.
 */
public record Breakdown(List<Part> parts, Count total) {

    /** The key of the merged small groups. */
    public static final String OTHER = "other";

    public record Part(String key, Count count) {
    }

    public Breakdown {
        parts = List.copyOf(parts);
    }
}
