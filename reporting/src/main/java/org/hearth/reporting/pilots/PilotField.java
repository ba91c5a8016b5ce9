package org.hearth.reporting.pilots;

import java.math.BigDecimal;
import java.util.List;
import org.hearth.reporting.pilots.privacy.Bins;
import org.hearth.reporting.pilots.privacy.Bounds;

/**
 * One field a pilot declared it wants aggregated (an element of {@code tenants.pilots.fields}):
 * the record schema and the top-level property of the record's data, and either numeric bounds
 * (with optional histogram bins) or the categories a categorical value may take.
 *
 * @param bounds numeric fields only, else null
 * @param edges numeric fields' declared bin edges (first the lower bound, last the upper), or empty
 * @param categories categorical fields only, else empty
 */
public record PilotField(String schema, String field, boolean numeric, Bounds bounds, List<BigDecimal> edges, List<String> categories) {

    public PilotField {
        edges = List.copyOf(edges);
        categories = List.copyOf(categories);
    }

    /** The histogram bins: the declared edges of a numeric field, or its categories. Empty when none were declared. */
    public java.util.Optional<Bins<?>> bins() {
        if (numeric) {
            return edges.size() < 2 ? java.util.Optional.empty() : java.util.Optional.of(Bins.edges(edges));
        }
        return categories.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(Bins.categories(categories));
    }
}
