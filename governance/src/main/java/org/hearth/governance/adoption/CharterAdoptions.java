package org.hearth.governance.adoption;

import static org.hearth.schema.generated.governance.Tables.CHARTER_ADOPTIONS;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import org.hearth.governance.charter.Charter;
import org.hearth.kernel.db.Db;

/**
 * Remembers each distinct charter text (by SHA-256) with when it was first in force, so that a
 * change of governance parameters is visible to the board rather than silent.
 */
public final class CharterAdoptions {

    private final Db db;

    public CharterAdoptions(Db db) {
        this.db = db;
    }

    /** Records the charter if it is new; returns when this exact text was first seen. */
    public OffsetDateTime record(Charter charter, String text) {
        String digest = sha256(text);
        return db.tx("charter.record_adoption", dsl -> {
            dsl.insertInto(CHARTER_ADOPTIONS)
                    .set(CHARTER_ADOPTIONS.SHA256, digest)
                    .set(CHARTER_ADOPTIONS.LEGAL_PROFILE, charter.legalProfile().code())
                    .onConflict(CHARTER_ADOPTIONS.SHA256).doNothing()
                    .execute();
            return dsl.select(CHARTER_ADOPTIONS.FIRST_SEEN_AT).from(CHARTER_ADOPTIONS)
                    .where(CHARTER_ADOPTIONS.SHA256.eq(digest)).fetchOne(CHARTER_ADOPTIONS.FIRST_SEEN_AT);
        });
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
