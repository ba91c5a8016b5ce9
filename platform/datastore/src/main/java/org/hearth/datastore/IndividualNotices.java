package org.hearth.datastore;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;

/**
 * Notices to individuals, shown on their dashboard until read and kept in their notices list.
 * The datastore owns the table and shows the notices; other modules (reporting's breach register)
 * send them through this, so the datastore depends on no one to show them.
 */
public interface IndividualNotices {

    /**
     * Who is addressed: every individual with an account, those with an agreement with one tenant,
     * or those who accepted one data request and did not leave (a pilot's participants at its end).
     */
    sealed interface Audience {
        record Everyone() implements Audience {
        }

        record AgreementsWith(UUID tenantId) implements Audience {
        }

        record AgreementsUnder(UUID dataRequestId) implements Audience {
        }

        /** One individual (the datastore's own notices, e.g. their export is ready). */
        record One(UUID individualId) implements Audience {
        }
    }

    /** One notice as its individual sees it. */
    record Notice(UUID id, String source, String textEn, String textFr, Instant createdAt, Instant readAt) {
        public String text(String language) {
            return "fr".equals(language) ? textFr : textEn;
        }
    }

    /**
     * Sends one notice, in both languages, to each individual of the audience that has not had one
     * from {@code source} yet (under the audited system scope, as {@code ctx}'s actor). Returns how
     * many individuals it reached this time.
     */
    int send(CallContext ctx, Audience audience, String source, String textEn, String textFr);

    /** The individual's own notices, newest first. */
    List<Notice> mine(Actor individual);

    /** Marks one of the individual's own notices read; false when it is not theirs (or unknown). */
    boolean markRead(CallContext ctx, UUID noticeId);
}
