package org.hearth.datastore.tokens;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.hearth.kernel.crypto.Aead;

/**
 * A token's name is the owner's free text ("Jane's phone"): it is stored encrypted under the
 * owner's data key, bound to the token id, and goes with the key at erasure.
 */
final class TokenName {

    private static final String PREFIX = "sealed:v1:";

    private TokenName() {
    }

    static String seal(SecretKey key, UUID tokenId, String name) {
        return PREFIX + Base64.getEncoder().encodeToString(Aead.encrypt(key, name.getBytes(StandardCharsets.UTF_8), context(tokenId)));
    }

    static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    /** The readable name; {@code key} may be null when the stored name is not sealed. */
    static String open(SecretKey key, UUID tokenId, String stored) {
        if (!isSealed(stored)) {
            return stored; // the default label, or named before names were sealed
        }
        byte[] sealed = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        return new String(Aead.decrypt(key, sealed, context(tokenId)), StandardCharsets.UTF_8);
    }

    private static byte[] context(UUID tokenId) {
        return ("hearth:token:" + tokenId + ":name").getBytes(StandardCharsets.UTF_8);
    }
}
