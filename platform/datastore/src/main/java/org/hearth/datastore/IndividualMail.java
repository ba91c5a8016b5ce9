package org.hearth.datastore;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Mail from the platform, queued in the transaction of what it tells, so a mail exists if and only
 * if its cause committed; the mail worker sends it later (SMTP, or the local outbox). Whether an
 * individual's mail goes out at all is decided at sending: only to a confirmed address, only the
 * notices the person has not turned off, and never after an erasure.
 */
public interface IndividualMail {

    /** What a mail tells; {@code optional} ones the person may turn off on their notifications page. */
    enum Kind {
        CONFIRM_ADDRESS(false), AGREEMENT_GRANTED(true), AGREEMENT_EXPIRING(true), AGREEMENT_ENDED(true), RECORD_DELIVERED(true),
        BREACH(false), ERASED(false), TEAM_INVITATION(false), EXPORT_READY(true), IMPORT_DONE(true);

        private final boolean optional;

        Kind(boolean optional) {
            this.optional = optional;
        }

        public boolean optional() {
            return optional;
        }

        /** As stored and as the pages' message keys name it, e.g. {@code agreement_granted}. */
        public String stored() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind ofStored(String stored) {
            return valueOf(stored.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * Queues a mail to an individual of the store, made of {@code facts} (the words it names:
     * an organisation, a title, a date as ISO-8601, an id for its link), in their language.
     */
    void tell(DSLContext tx, UUID individualId, Kind kind, Map<String, String> facts);

    /**
     * Queues a mail to an address that is not, or no longer, an individual's of the store (a
     * colleague's invitation, the confirmation of an erasure); {@code language} null writes it in
     * every language offered, one after the other.
     */
    void write(DSLContext tx, String address, String language, Kind kind, Map<String, String> facts);
}
