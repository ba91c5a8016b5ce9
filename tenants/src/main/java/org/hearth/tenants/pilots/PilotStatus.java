package org.hearth.tenants.pilots;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a pilot stands: proposed, then approved (recruiting and answering) or refused; an approved pilot ends at its end date. */
public enum PilotStatus {
    PROPOSED, APPROVED, REFUSED, ENDED;

    /** The stored and wire form. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PilotStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
