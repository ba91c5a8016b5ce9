package org.hearth.datastore.agreements;

import java.time.OffsetDateTime;
import java.util.Locale;

/** One step of a consent record's lifecycle (ISO/IEC TS 27560), as stored in {@code datastore.consent_events}. */
public record ConsentEvent(Kind kind, OffsetDateTime at) {

    /** The closed set the schema's CHECK allows. */
    public enum Kind {
        GIVEN, WITHDRAWN, EXPIRED;

        /** As stored and as the consent record shows it. */
        public String stored() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Kind ofStored(String stored) {
            return valueOf(stored.toUpperCase(Locale.ROOT));
        }
    }
}
