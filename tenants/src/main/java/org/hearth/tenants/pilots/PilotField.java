package org.hearth.tenants.pilots;

import java.math.BigDecimal;
import java.util.List;

/**
 * One field of the participants' records a pilot may aggregate: a top-level property of the data
 * of records with {@code schema}. A numeric field declares its bounds (values are clamped to
 * them), its decimals and optionally its histogram's bin edges; a categorical one its categories.
 * What does not apply to the kind is null (numeric) or empty.
 */
public record PilotField(String schema, String field, Kind kind, BigDecimal lower, BigDecimal upper, Integer decimals, List<BigDecimal> bins,
                         List<String> categories) {

    public enum Kind {
        NUMERIC("numeric"), CATEGORICAL("categorical");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        /** The kind with this wire form, or null. */
        public static Kind fromCode(String code) {
            for (Kind k : values()) {
                if (k.code.equals(code)) {
                    return k;
                }
            }
            return null;
        }
    }

    public PilotField {
        bins = bins == null ? List.of() : List.copyOf(bins);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    public static PilotField numeric(String schema, String field, BigDecimal lower, BigDecimal upper, int decimals, List<BigDecimal> bins) {
        return new PilotField(schema, field, Kind.NUMERIC, lower, upper, decimals, bins, List.of());
    }

    public static PilotField categorical(String schema, String field, List<String> categories) {
        return new PilotField(schema, field, Kind.CATEGORICAL, null, null, null, List.of(), categories);
    }
}
