package org.hearth.reporting.pilots.privacy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The bins of a histogram question, declared with the question: bins found in the data would
 * reveal who is in it. Every participant falls in exactly one bin.
 *
 * @param <T> the type of a participant's answer
 */
public sealed interface Bins<T> permits Bins.Categories, Bins.Edges {

    /** The bins' labels, in order. */
    List<String> labels();

    /** The index of the bin the value falls in. */
    int binOf(T value);

    static Categories categories(List<String> labels) {
        return new Categories(labels);
    }

    static Edges edges(List<BigDecimal> edges) {
        return new Edges(edges);
    }

    /** One bin per declared category; an answer outside them is refused, not given a new bin. */
    record Categories(List<String> labels) implements Bins<String> {

        public Categories {
            labels = List.copyOf(labels);
            if (labels.isEmpty() || new HashSet<>(labels).size() != labels.size()) {
                throw new IllegalArgumentException("categories must be at least one and distinct: " + labels);
            }
        }

        @Override
        public int binOf(String value) {
            int index = labels.indexOf(Objects.requireNonNull(value, "value"));
            if (index < 0) {
                throw new IllegalArgumentException("not one of the declared categories: " + value);
            }
            return index;
        }
    }

    /**
     * Numeric bins [e<sub>0</sub>, e<sub>1</sub>), [e<sub>1</sub>, e<sub>2</sub>), …,
     * [e<sub>n−1</sub>, e<sub>n</sub>] between increasing edges. A value outside is clamped into
     * the first or the last bin, as numeric values are clamped into their bounds.
     */
    record Edges(List<BigDecimal> edges) implements Bins<BigDecimal> {

        public Edges {
            edges = List.copyOf(edges);
            if (edges.size() < 2) {
                throw new IllegalArgumentException("numeric bins need at least two edges");
            }
            for (int i = 1; i < edges.size(); i++) {
                if (edges.get(i - 1).compareTo(edges.get(i)) >= 0) {
                    throw new IllegalArgumentException("edges must increase: " + edges);
                }
            }
        }

        @Override
        public List<String> labels() {
            List<String> labels = new ArrayList<>();
            for (int i = 1; i < edges.size(); i++) {
                String close = i == edges.size() - 1 ? "]" : ")";
                labels.add("[" + edges.get(i - 1).toPlainString() + ", " + edges.get(i).toPlainString() + close);
            }
            return labels;
        }

        @Override
        public int binOf(BigDecimal value) {
            int found = Collections.binarySearch(edges, Objects.requireNonNull(value, "value"), BigDecimal::compareTo);
            // found ≥ 0: on edge i, which opens bin i; otherwise −(insertion point) − 1, after edge (point − 1).
            int bin = found >= 0 ? found : -found - 2;
            return Math.clamp(bin, 0, edges.size() - 2);
        }
    }
}
