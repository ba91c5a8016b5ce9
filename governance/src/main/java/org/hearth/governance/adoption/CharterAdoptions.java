package org.hearth.governance.adoption;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import org.hearth.governance.charter.Charter;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;

/**
 * Remembers each distinct charter text (by SHA-256) with when it was first in force, so that a
 * change of governance parameters is visible to the board rather than silent. Recording is a
 * start step ({@link #record(CallContext)}), never done while the module is wired.
 */
public final class CharterAdoptions {

    private final Db db;
    private final Charter charter;
    private final String digest;
    private final AdoptionRepository repository = new AdoptionRepository();

    public CharterAdoptions(Db db, Charter charter, String text) {
        this.db = db;
        this.charter = charter;
        this.digest = sha256(text);
    }

    /** Records the charter in force if its text is new; returns when this exact text was first seen. */
    public OffsetDateTime record(CallContext ctx) {
        return db.system(ctx, tx -> {
            repository.record(tx, digest, charter.legalProfile().code());
            return repository.firstSeen(tx, digest).orElseThrow();
        });
    }

    /** When the charter in force was first seen; the module must have started. */
    public OffsetDateTime inForceSince() {
        return db.read("charter.in_force_since", dsl -> repository.firstSeen(dsl, digest))
                .orElseThrow(() -> new IllegalStateException("The governance module has not started: the charter is not recorded"));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
