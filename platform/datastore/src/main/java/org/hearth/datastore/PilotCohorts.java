package org.hearth.datastore;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.hearth.kernel.actor.CallContext;
import org.jooq.DSLContext;

/**
 * A pilot's cohort, for reporting's aggregate engine: the participants of a data request whose
 * only access mode is {@code aggregate}, each with the data of one record, decrypted inside the
 * platform; and the access-log entries that tell each participant their data was used. Nothing
 * read here may leave the platform but a noisy figure computed from it.
 */
public interface PilotCohorts {

    /**
     * One participant as a question sees them: who (for the access log only), under which
     * agreement, and the data JSON of their most recently updated record of the question's schema (null in a
     * participant kept only for the access logs, once the record has been read).
     */
    record Participant(UUID individualId, UUID agreementId, String dataJson) {
    }

    /**
     * Reads every participant of {@code dataRequestId}, one per individual: those with an active
     * (not revoked, not expired) aggregate-only agreement under it whose store holds a record of
     * {@code schema} in a category the agreement covers. Each is handed to {@code read} on the
     * thread that decrypted it, many at once ({@code read} must be safe for that, and may return
     * null to leave a participant out); what it returns is handed to {@code each} on the caller's
     * thread, in the order the rows were read. Read in batches through a cursor, one query for all
     * (each data key is fetched with its record and unwrapped once), under the audited system
     * scope as {@code ctx}. Logs nothing: the caller logs only the participants whose data it
     * used ({@link #logInclusion}).
     */
    <T> void forEachParticipant(CallContext ctx, UUID dataRequestId, String schema, java.util.function.Function<Participant, T> read,
                                Consumer<T> each);

    /**
     * What an inclusion entry says: the partner (the entry's actor), the pilot, the question's
     * number, and the categories the agreement covers.
     */
    record Inclusion(UUID tenantId, UUID pilotId, String pilotTitle, String organisation, int question, List<String> categories) {

        public Inclusion {
            categories = List.copyOf(categories);
        }
    }

    /**
     * In one transaction under the system scope as {@code ctx}: first {@code recordFirst} (the
     * question's own record, which also says what the entries are to say, such as the question's
     * number), then the durable list of {@code participants} whose access logs are to say
     * "included in pilot P, question Q" (action {@code aggregate}, the agreement, no record ids,
     * stamped with this moment). The answer and that list are written together or not at all; the
     * entries themselves are appended just after the commit, in batches, by the datastore's
     * inclusion worker, which resumes after a restart (at a hundred thousand participants,
     * appending them inside the answer's transaction was most of its time). Returns how many
     * entries are to be appended.
     */
    int logInclusion(CallContext ctx, List<Participant> participants, java.util.function.Function<DSLContext, Inclusion> recordFirst);
}
