package org.hearth.governance.adoption;

import static org.hearth.schema.generated.governance.Tables.CHARTER_ADOPTIONS;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;

/** The charter texts seen, by digest, with when each was first in force. */
final class AdoptionRepository {

    /** Records the digest if it is new; keeps the first sighting otherwise. */
    void record(DSLContext tx, String sha256, String legalProfile) {
        tx.insertInto(CHARTER_ADOPTIONS).set(CHARTER_ADOPTIONS.SHA256, sha256).set(CHARTER_ADOPTIONS.LEGAL_PROFILE, legalProfile)
                .onConflict(CHARTER_ADOPTIONS.SHA256).doNothing().execute();
    }

    Optional<OffsetDateTime> firstSeen(DSLContext dsl, String sha256) {
        return dsl.select(CHARTER_ADOPTIONS.FIRST_SEEN_AT).from(CHARTER_ADOPTIONS).where(CHARTER_ADOPTIONS.SHA256.eq(sha256))
                .fetchOptional(CHARTER_ADOPTIONS.FIRST_SEEN_AT);
    }
}
