package org.hearth.governance.charter;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A class of members voting together: one member, one vote inside the college, and the
 * college's result counts for {@code weight} percent of the votes of the meeting.
 *
 * @param id stable identifier referenced by membership records, e.g. {@code individuals}
 * @param name name shown to members
 * @param weight percent of all votes, e.g. {@code 30}; the charter's weights sum to 100
 */
public record College(String id, String name, BigDecimal weight) {

    public College {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
    }
}
